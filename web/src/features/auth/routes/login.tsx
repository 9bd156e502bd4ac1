import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { Alert } from '@/components/ui/alert';
import { TextLink } from '@/components/ui/text-link';
import { LoginForm } from '@/features/auth/components/login-form';
import { useAuthStore } from '@/lib/auth-store';
import { paths, safeRedirect } from '@/lib/paths';

/** What other pages hand over when they send someone here. */
export interface LoginLocationState {
  email?: string;
  tenant?: string;
  notice?: string;
}

function readState(state: unknown): LoginLocationState {
  return typeof state === 'object' && state !== null ? state : {};
}

export function LoginRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const signedIn = useAuthStore((state) => state.status === 'authenticated');
  const redirectTo = safeRedirect(searchParams.get('redirectTo'));
  const { email, tenant, notice } = readState(location.state);

  if (signedIn) return <Navigate to={redirectTo} replace />;

  return (
    <AuthLayout
      title="Sign in"
      description="Welcome back. Sign in to your organisation's workspace."
      footer={
        <>
          New to AiGentForce? <TextLink to={paths.register}>Register your organisation</TextLink>
        </>
      }
    >
      {notice ? (
        <Alert tone="success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      <LoginForm
        defaultEmail={email}
        defaultTenant={tenant}
        onSuccess={() => {
          void navigate(redirectTo, { replace: true });
        }}
      />
    </AuthLayout>
  );
}
