import { useNavigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { TextLink } from '@/components/ui/text-link';
import { useInvitation } from '@/features/auth/api/get-invitation';
import { AcceptInviteForm } from '@/features/auth/components/accept-invite-form';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { describeError, ProblemError } from '@/lib/problem';

function invitationError(error: unknown): string {
  if (error instanceof ProblemError && [404, 409, 410].includes(error.status)) {
    return 'This invitation link is invalid, has expired or has already been used. Ask an administrator of your organisation to send you a new one: they can from the Users page.';
  }
  return describeError(error);
}

export function AcceptInviteRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const invitation = useInvitation(token);

  const footer = (
    <>
      Already set up? <TextLink to={paths.login}>Sign in</TextLink>
    </>
  );

  if (!token) {
    return (
      <AuthLayout title="Accept invitation" footer={footer}>
        <Alert tone="error">
          This page needs the link from your invitation email; it carries a token.
        </Alert>
      </AuthLayout>
    );
  }

  if (invitation.isPending) {
    return (
      <AuthLayout title="Accept invitation" footer={footer}>
        <Spinner label="Checking your invitation…" />
      </AuthLayout>
    );
  }

  if (invitation.isError) {
    return (
      <AuthLayout title="Accept invitation" footer={footer}>
        <Alert tone="error">{invitationError(invitation.error)}</Alert>
      </AuthLayout>
    );
  }

  const { data } = invitation;
  return (
    <AuthLayout
      title={`Join ${data.organizationName}`}
      description={
        <>
          Set a password to activate your account.
          {data.expiresAt ? ` This invitation expires ${formatDateTime(data.expiresAt)}.` : null}
        </>
      }
      footer={footer}
    >
      <AcceptInviteForm
        token={token}
        invitation={data}
        onSuccess={({ tenantId, email }) => {
          void navigate(paths.login, {
            replace: true,
            state: {
              email,
              tenant: tenantId,
              notice: 'Your account is active. Sign in to continue.',
            },
          });
        }}
      />
    </AuthLayout>
  );
}
