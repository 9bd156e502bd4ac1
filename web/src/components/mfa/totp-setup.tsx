import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { TotpQrCode } from '@/components/mfa/totp-qr-code';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { groupSecret, type Enrolment } from '@/lib/mfa';

const confirmSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the six-digit code your app shows.'),
});

type ConfirmValues = z.infer<typeof confirmSchema>;

export interface TotpSetupProps {
  enrolment: Enrolment;
  pending: boolean;
  error: string | undefined;
  onConfirm: (code: string) => void;
  onCancel?: () => void;
}

/** Scan (or type) the secret, then prove it works with a first code. */
export function TotpSetup({ enrolment, pending, error, onConfirm, onCancel }: TotpSetupProps) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ConfirmValues>({ resolver: zodResolver(confirmSchema), defaultValues: { code: '' } });

  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-fg-muted">
        <li>
          Open an authenticator app (such as FreeOTP, Aegis, Google or Microsoft Authenticator).
        </li>
        <li>Scan the QR code, or enter the key by hand.</li>
        <li>Type the six-digit code it shows.</li>
      </ol>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <TotpQrCode uri={enrolment.otpauthUri} />
        <div className="min-w-0 space-y-1 text-sm">
          <p className="font-medium text-fg">Key for manual entry</p>
          <code data-testid="totp-secret" className="block font-mono break-all text-fg">
            {groupSecret(enrolment.secret)}
          </code>
          <p className="text-xs text-fg-muted">Time-based, 6 digits, every 30 seconds.</p>
        </div>
      </div>
      <form
        noValidate
        className="space-y-3 sm:max-w-xs"
        onSubmit={handleSubmit((values) => {
          onConfirm(values.code);
        })}
      >
        {error ? <Alert tone="error">{error}</Alert> : null}
        <FormField label="Code from the app" error={errors.code?.message}>
          {(field) => (
            <Input
              {...field}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              {...register('code')}
            />
          )}
        </FormField>
        <div className="flex gap-2">
          <Button type="submit" loading={pending}>
            Turn on
          </Button>
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
