import { useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { TextLink } from '@/components/ui/text-link';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { paths } from '@/lib/paths';

export function ForgotPasswordRoute() {
  const [searchParams] = useSearchParams();
  return (
    <AuthLayout
      title="Forgot your password?"
      description="Enter the address you sign in with and we will email you a link to choose a new password."
      footer={
        <>
          Remembered it? <TextLink to={paths.login}>Sign in</TextLink>
        </>
      }
    >
      <ForgotPasswordForm defaultEmail={searchParams.get('email') ?? undefined} />
    </AuthLayout>
  );
}
