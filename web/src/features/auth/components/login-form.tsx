import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { TextLink } from '@/components/ui/text-link';
import {
  loginInputSchema,
  useLogin,
  type LoginInput,
  type LoginOutcome,
} from '@/features/auth/api/login';
import { applyProblemToForm } from '@/lib/form-errors';
import { paths } from '@/lib/paths';
import { ProblemError } from '@/lib/problem';

export interface LoginFormProps {
  defaultEmail?: string | undefined;
  defaultTenant?: string | undefined;
  onSuccess: (outcome: LoginOutcome, email: string) => void;
}

export function LoginForm({ defaultEmail, defaultTenant, onSuccess }: LoginFormProps) {
  const loginMutation = useLogin();
  const [showTenant, setShowTenant] = useState(false);
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { email: defaultEmail ?? '', password: '', tenant: defaultTenant ?? '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    loginMutation.mutate(values, {
      onSuccess: (outcome) => {
        onSuccess(outcome, values.email);
      },
      onError: (error) => {
        if (error instanceof ProblemError && error.hasType('tenant-required')) {
          setShowTenant(true);
          setFormError(
            error.detail ??
              'This email address belongs to several organisations. Enter the one to sign in to.',
          );
          setTimeout(() => {
            setFocus('tenant');
          });
          return;
        }
        if (error instanceof ProblemError && error.status === 401) {
          // The server answers unknown emails and wrong passwords alike, on purpose.
          setFormError('The email address or password is not correct.');
          return;
        }
        setFormError(applyProblemToForm(error, setError, ['email', 'password', 'tenant']));
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Email" error={errors.email?.message}>
        {(field) => (
          <Input {...field} type="email" autoComplete="username" {...register('email')} />
        )}
      </FormField>
      <FormField label="Password" error={errors.password?.message}>
        {(field) => (
          <Input
            {...field}
            type="password"
            autoComplete="current-password"
            {...register('password')}
          />
        )}
      </FormField>
      {showTenant ? (
        <FormField
          label="Organisation"
          error={errors.tenant?.message}
          hint="The organisation's short name (slug) or id."
        >
          {(field) => <Input {...field} autoComplete="organization" {...register('tenant')} />}
        </FormField>
      ) : null}
      <Button type="submit" className="w-full" loading={loginMutation.isPending}>
        Sign in
      </Button>
      <p className="text-center text-sm">
        <TextLink to={paths.forgotPassword}>Forgot password?</TextLink>
      </p>
    </form>
  );
}
