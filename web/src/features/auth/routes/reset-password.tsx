import { useNavigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { Alert } from '@/components/ui/alert';
import { TextLink } from '@/components/ui/text-link';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { paths } from '@/lib/paths';

export function ResetPasswordRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const footer = (
    <>
      Need a new link? <TextLink to={paths.forgotPassword}>Ask for one</TextLink>
    </>
  );
  return (
    <AuthLayout
      title="Choose a new password"
      description="You will be signed out everywhere else."
      footer={footer}
    >
      {token ? (
        <ResetPasswordForm
          token={token}
          onSuccess={() => {
            void navigate(paths.login, {
              replace: true,
              state: { notice: 'Your password is changed. Sign in with the new one.' },
            });
          }}
        />
      ) : (
        <Alert tone="error">
          This page needs the link from your reset email; it carries a token.
        </Alert>
      )}
    </AuthLayout>
  );
}
