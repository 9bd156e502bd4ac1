import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast-store';
import { useUpdateProfile } from '@/features/profile/api/update-profile';
import { applyProblemToForm } from '@/lib/form-errors';
import type { User } from '@/types/api';

const detailsSchema = z.object({ name: z.string().trim().min(1, 'Enter your name.').max(200) });
type DetailsValues = z.infer<typeof detailsSchema>;

export function ProfileDetailsForm({ me }: { me: User }) {
  const updateProfile = useUpdateProfile();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<DetailsValues>({
    resolver: zodResolver(detailsSchema),
    defaultValues: { name: me.name },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    updateProfile.mutate(
      { name: values.name },
      {
        onSuccess: (user) => {
          reset({ name: user.name });
          toast.success('Your name has been saved.');
        },
        onError: (error) => {
          setFormError(applyProblemToForm(error, setError, ['name']));
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Email" hint="Ask an administrator to change your email address.">
        {(field) => <Input {...field} value={me.email} readOnly disabled />}
      </FormField>
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="name" {...register('name')} />}
      </FormField>
      <Button type="submit" disabled={!isDirty} loading={updateProfile.isPending}>
        Save name
      </Button>
    </form>
  );
}
