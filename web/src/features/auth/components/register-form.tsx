import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import {
  MIN_PASSWORD_LENGTH,
  registerInputSchema,
  useRegister,
  type RegisterInput,
} from '@/features/auth/api/register';
import { applyProblemToForm } from '@/lib/form-errors';

export function RegisterForm({ onSuccess }: { onSuccess: (email: string) => void }) {
  const registerMutation = useRegister();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RegisterInput>({
    resolver: zodResolver(registerInputSchema),
    defaultValues: { organizationName: '', name: '', email: '', password: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    registerMutation.mutate(values, {
      onSuccess: () => {
        onSuccess(values.email);
      },
      onError: (error) => {
        setFormError(
          applyProblemToForm(error, setError, ['organizationName', 'name', 'email', 'password']),
        );
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Organisation name" error={errors.organizationName?.message}>
        {(field) => (
          <Input {...field} autoComplete="organization" {...register('organizationName')} />
        )}
      </FormField>
      <FormField label="Your name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="name" {...register('name')} />}
      </FormField>
      <FormField label="Work email" error={errors.email?.message}>
        {(field) => <Input {...field} type="email" autoComplete="email" {...register('email')} />}
      </FormField>
      <FormField
        label="Password"
        error={errors.password?.message}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      >
        {(field) => (
          <Input {...field} type="password" autoComplete="new-password" {...register('password')} />
        )}
      </FormField>
      <Button type="submit" className="w-full" loading={registerMutation.isPending}>
        Create organisation
      </Button>
    </form>
  );
}
