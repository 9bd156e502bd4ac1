import { useState } from 'react';

import { RecoveryCodesPanel } from '@/components/mfa/recovery-codes-panel';
import { TotpSetup } from '@/components/mfa/totp-setup';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import {
  useConfirmRequiredEnrolment,
  useFinishEnrolledSignIn,
  useRequiredEnrolment,
} from '@/features/auth/api/required-enrolment';
import { describeMfaError } from '@/lib/mfa';

export interface RequiredEnrolmentProps {
  mfaToken: string;
  email: string;
  onSuccess: () => void;
  onRestart: () => void;
}

/** Sign-in when the organisation requires MFA and the person has none yet: enrol, then continue. */
export function RequiredEnrolment({
  mfaToken,
  email,
  onSuccess,
  onRestart,
}: RequiredEnrolmentProps) {
  const enrolment = useRequiredEnrolment(mfaToken);
  const confirm = useConfirmRequiredEnrolment();
  const finish = useFinishEnrolledSignIn();
  const [error, setError] = useState<string>();

  if (confirm.data) {
    const { recoveryCodes, ...tokens } = confirm.data;
    return (
      <div className="space-y-4">
        <RecoveryCodesPanel codes={recoveryCodes} account={email} />
        <Button
          className="w-full"
          loading={finish.isPending}
          onClick={() => {
            finish.mutate(tokens, { onSuccess });
          }}
        >
          I have saved my codes — continue
        </Button>
      </div>
    );
  }
  if (enrolment.isPending) return <Spinner label="Preparing your authenticator…" />;
  if (enrolment.isError) {
    return (
      <div className="space-y-4">
        <Alert tone="error">
          This sign-in has expired. Sign in again to set up two-factor authentication.
        </Alert>
        <Button className="w-full" onClick={onRestart}>
          Sign in again
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <Alert tone="info" title="Two-factor authentication is required">
        Your organisation requires a second step at sign-in for your role. Set it up now to
        continue.
      </Alert>
      <TotpSetup
        enrolment={enrolment.data}
        pending={confirm.isPending}
        error={error}
        onConfirm={(code) => {
          setError(undefined);
          confirm.mutate(
            { mfaToken, code },
            {
              onError: (failure) => {
                setError(describeMfaError(failure));
              },
            },
          );
        }}
        onCancel={onRestart}
      />
    </div>
  );
}
