import type { UseFormRegisterReturn } from 'react-hook-form';

import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';

/** A new password typed twice, as every form that sets one asks for it (the match is checked by the form's schema). */
export function NewPasswordFields({
  password,
  confirm,
  errors,
  passwordLabel = 'New password',
  confirmLabel = 'Repeat the password',
}: {
  password: UseFormRegisterReturn;
  confirm: UseFormRegisterReturn;
  errors: { password?: string; confirm?: string };
  passwordLabel?: string;
  confirmLabel?: string;
}) {
  return (
    <>
      <FormField
        label={passwordLabel}
        error={errors.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      >
        {(field) => <Input {...field} type="password" autoComplete="new-password" {...password} />}
      </FormField>
      <FormField label={confirmLabel} error={errors.confirm}>
        {(field) => <Input {...field} type="password" autoComplete="new-password" {...confirm} />}
      </FormField>
    </>
  );
}
