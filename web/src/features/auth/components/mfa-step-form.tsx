import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useVerifyMfa } from '@/features/auth/api/verify-mfa';
import { mfaCodeSchema } from '@/lib/mfa';
import { ProblemError, describeError } from '@/lib/problem';

const stepSchema = z.object({ code: mfaCodeSchema });
type StepValues = z.infer<typeof stepSchema>;

export interface MfaStepFormProps {
  mfaToken: string;
  onSuccess: () => void;
  /** The mfaToken is spent or expired: start again from the password. */
  onRestart: () => void;
}

/** The second sign-in step: a code from the authenticator app, or a recovery code. */
export function MfaStepForm({ mfaToken, onSuccess, onRestart }: MfaStepFormProps) {
  const verify = useVerifyMfa();
  const [useRecovery, setUseRecovery] = useState(false);
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<StepValues>({ resolver: zodResolver(stepSchema), defaultValues: { code: '' } });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    verify.mutate(
      { mfaToken, code: values.code },
      {
        onSuccess,
        onError: (error) => {
          reset({ code: '' });
          if (error instanceof ProblemError && error.status === 401) {
            setFormError(
              error.detail?.includes('sign in again')
                ? 'This sign-in has expired or was used up. Sign in again.'
                : 'That code is not correct. Try the current one.',
            );
            return;
          }
          setFormError(describeError(error));
        },
      },
    );
  });

  const expired = formError?.startsWith('This sign-in has expired') ?? false;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField
        label={useRecovery ? 'Recovery code' : 'Authentication code'}
        error={errors.code?.message}
        hint={
          useRecovery
            ? 'One of the codes you saved when you turned on two-factor authentication.'
            : 'The six-digit code your authenticator app shows now.'
        }
      >
        {(field) => (
          <Input
            {...field}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the only field of this step
            autoFocus
            autoComplete="one-time-code"
            inputMode={useRecovery ? 'text' : 'numeric'}
            {...register('code')}
          />
        )}
      </FormField>
      {expired ? (
        <Button type="button" className="w-full" onClick={onRestart}>
          Sign in again
        </Button>
      ) : (
        <Button type="submit" className="w-full" loading={verify.isPending}>
          Verify
        </Button>
      )}
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="w-full"
        onClick={() => {
          setUseRecovery(!useRecovery);
          reset({ code: '' });
        }}
      >
        {useRecovery ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
      </Button>
    </form>
  );
}
