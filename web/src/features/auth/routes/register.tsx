import { Navigate, useNavigate } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { TextLink } from '@/components/ui/text-link';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useAuthStore } from '@/lib/auth-store';
import { paths } from '@/lib/paths';

export function RegisterRoute() {
  const navigate = useNavigate();
  const signedIn = useAuthStore((state) => state.status === 'authenticated');
  if (signedIn) return <Navigate to={paths.home} replace />;

  return (
    <AuthLayout
      title="Register your organisation"
      description="Create a private workspace for your organisation. You will be its owner."
      footer={
        <>
          Already have an account? <TextLink to={paths.login}>Sign in</TextLink>
        </>
      }
    >
      <RegisterForm
        onSuccess={(email) => {
          void navigate(paths.login, {
            state: { email, notice: 'Your organisation is ready. Sign in to continue.' },
          });
        }}
      />
    </AuthLayout>
  );
}
