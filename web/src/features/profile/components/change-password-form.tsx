import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { NewPasswordFields } from '@/components/new-password-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast-store';
import { useChangePassword } from '@/features/profile/api/change-password';
import { applyProblemToForm } from '@/lib/form-errors';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(256),
    confirmPassword: z.string(),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  })
  .refine((values) => values.newPassword !== values.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

type PasswordValues = z.infer<typeof passwordSchema>;

export function ChangePasswordForm({ email }: { email: string }) {
  const changePassword = useChangePassword();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<PasswordValues>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          reset();
          toast.success('Your password has been changed.');
        },
        onError: (error) => {
          setFormError(applyProblemToForm(error, setError, ['currentPassword', 'newPassword']));
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 sm:max-w-md">
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Current password" error={errors.currentPassword?.message}>
        {(field) => (
          <Input
            {...field}
            type="password"
            autoComplete="current-password"
            {...register('currentPassword')}
          />
        )}
      </FormField>
      <NewPasswordFields
        confirmLabel="Repeat the new password"
        password={register('newPassword')}
        confirm={register('confirmPassword')}
        errors={{ password: errors.newPassword?.message, confirm: errors.confirmPassword?.message }}
      />
      <Button type="submit" loading={changePassword.isPending}>
        Change password
      </Button>
    </form>
  );
}
