import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { NewPasswordFields } from '@/components/new-password-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useAcceptInvitation } from '@/features/auth/api/accept-invitation';
import type { Invitation } from '@/features/auth/api/get-invitation';
import { applyProblemToForm } from '@/lib/form-errors';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';

const acceptSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(200),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(256),
    confirmPassword: z.string(),
  })
  .refine((values) => values.password === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });

type AcceptValues = z.infer<typeof acceptSchema>;

export interface AcceptInviteFormProps {
  token: string;
  invitation: Invitation;
  onSuccess: (result: { tenantId: string; email: string }) => void;
}

export function AcceptInviteForm({ token, invitation, onSuccess }: AcceptInviteFormProps) {
  const accept = useAcceptInvitation();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<AcceptValues>({
    resolver: zodResolver(acceptSchema),
    defaultValues: { name: invitation.name ?? '', password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    accept.mutate(
      { token, password: values.password, name: values.name },
      {
        onSuccess: (result) => {
          onSuccess({ tenantId: result.tenantId, email: invitation.email });
        },
        onError: (error) => {
          setFormError(applyProblemToForm(error, setError, ['name', 'password']));
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Email">
        {(field) => <Input {...field} value={invitation.email} readOnly disabled />}
      </FormField>
      <FormField label="Your name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="name" {...register('name')} />}
      </FormField>
      <NewPasswordFields
        passwordLabel="Choose a password"
        password={register('password')}
        confirm={register('confirmPassword')}
        errors={{ password: errors.password?.message, confirm: errors.confirmPassword?.message }}
      />
      <Button type="submit" className="w-full" loading={accept.isPending}>
        Join {invitation.organizationName}
      </Button>
    </form>
  );
}
