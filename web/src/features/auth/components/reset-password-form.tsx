import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { NewPasswordFields } from '@/components/new-password-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirmPasswordReset } from '@/features/auth/api/password-reset';
import { applyProblemToForm } from '@/lib/form-errors';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';
import { ProblemError } from '@/lib/problem';

const resetSchema = z
  .object({
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(128),
    confirmPassword: z.string(),
  })
  .refine((values) => values.password === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });

type ResetValues = z.infer<typeof resetSchema>;

export const SPENT_RESET_LINK =
  'This reset link is invalid, has expired or has already been used. Ask for a new one below, or ask an administrator of your organisation for one.';

export function ResetPasswordForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const confirm = useConfirmPasswordReset();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ResetValues>({
    resolver: zodResolver(resetSchema),
    defaultValues: { password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    confirm.mutate(
      { token, password: values.password },
      {
        onSuccess,
        onError: (error) => {
          if (error instanceof ProblemError && error.status === 404) {
            setFormError(SPENT_RESET_LINK);
            return;
          }
          setFormError(applyProblemToForm(error, setError, ['password']));
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <NewPasswordFields
        password={register('password')}
        confirm={register('confirmPassword')}
        errors={{ password: errors.password?.message, confirm: errors.confirmPassword?.message }}
      />
      <Button type="submit" className="w-full" loading={confirm.isPending}>
        Set new password
      </Button>
    </form>
  );
}
