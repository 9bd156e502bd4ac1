import { useState } from 'react';

import { RecoveryCodesPanel } from '@/components/mfa/recovery-codes-panel';
import { TotpSetup } from '@/components/mfa/totp-setup';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/toast-store';
import { useConfirmEnrolment, useMfaStatus, useStartEnrolment } from '@/features/profile/api/mfa';
import { DisableMfaForm } from '@/features/profile/components/disable-mfa-form';
import { describeMfaError } from '@/lib/mfa';
import { describeError } from '@/lib/problem';

/** Turn TOTP two-factor authentication on (QR code, first code, recovery codes) or off. */
export function TwoFactorSection({ email }: { email: string }) {
  const status = useMfaStatus();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [disabling, setDisabling] = useState(false);
  const [error, setError] = useState<string>();

  if (confirm.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Two-factor authentication is on.</Alert>
        <RecoveryCodesPanel codes={confirm.data.recoveryCodes} account={email} />
        <Button
          variant="secondary"
          onClick={() => {
            confirm.reset();
            start.reset();
          }}
        >
          Done
        </Button>
      </div>
    );
  }
  if (start.data) {
    return (
      <TotpSetup
        enrolment={start.data}
        pending={confirm.isPending}
        error={error}
        onConfirm={(code) => {
          setError(undefined);
          confirm.mutate(code, {
            onError: (failure) => {
              setError(describeMfaError(failure));
            },
          });
        }}
        onCancel={() => {
          start.reset();
          setError(undefined);
        }}
      />
    );
  }
  if (status.isPending) return <Spinner label="Loading…" />;
  if (status.isError) return <Alert tone="error">{describeError(status.error)}</Alert>;

  const { enabled, required, recoveryCodesLeft } = status.data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={enabled ? 'success' : 'neutral'}>{enabled ? 'On' : 'Off'}</Badge>
        {required ? <Badge tone="accent">Required by your organisation</Badge> : null}
        {enabled ? (
          <span className="text-fg-muted">{recoveryCodesLeft} of 10 recovery codes left</span>
        ) : null}
      </div>
      {enabled && recoveryCodesLeft <= 3 ? (
        <Alert tone="warning">
          Few recovery codes are left. Turn two-factor authentication off and on again for new ones.
        </Alert>
      ) : null}
      {!enabled ? (
        <Button
          loading={start.isPending}
          onClick={() => {
            start.mutate();
          }}
        >
          Set up an authenticator app
        </Button>
      ) : disabling ? (
        <DisableMfaForm
          onDone={() => {
            setDisabling(false);
            toast.success('Two-factor authentication is off.');
          }}
          onCancel={() => {
            setDisabling(false);
          }}
        />
      ) : required ? (
        <p className="text-sm text-fg-muted">
          Your organisation requires it for your role, so it cannot be turned off.
        </p>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setDisabling(true);
          }}
        >
          Turn off
        </Button>
      )}
    </div>
  );
}
