import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useRequestPasswordReset } from '@/features/auth/api/password-reset';
import { applyProblemToForm } from '@/lib/form-errors';

const forgotSchema = z.object({
  email: z.email('Enter a valid email address.'),
  tenant: z.string().trim().max(100),
});

type ForgotValues = z.infer<typeof forgotSchema>;

export function ForgotPasswordForm({ defaultEmail }: { defaultEmail?: string | undefined }) {
  const request = useRequestPasswordReset();
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ForgotValues>({
    resolver: zodResolver(forgotSchema),
    defaultValues: { email: defaultEmail ?? '', tenant: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    request.mutate(
      { email: values.email, tenant: values.tenant || undefined },
      {
        onSuccess: (answer) => {
          setSent(answer.message);
        },
        onError: (error) => {
          setFormError(applyProblemToForm(error, setError, ['email', 'tenant']));
        },
      },
    );
  });

  if (sent) {
    return (
      <Alert tone="success">
        {sent} It works once and for a short time. No mail? Ask an administrator of your
        organisation: they can give you a reset link from the Users page.
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Email" error={errors.email?.message}>
        {(field) => <Input {...field} type="email" autoComplete="email" {...register('email')} />}
      </FormField>
      <FormField
        label="Organisation"
        optional
        error={errors.tenant?.message}
        hint="Only needed when you belong to several organisations."
      >
        {(field) => <Input {...field} autoComplete="organization" {...register('tenant')} />}
      </FormField>
      <Button type="submit" className="w-full" loading={request.isPending}>
        Email me a reset link
      </Button>
    </form>
  );
}
