import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useDisableMfa } from '@/features/profile/api/mfa';
import { describeMfaError } from '@/lib/mfa';
import { ProblemError } from '@/lib/problem';

/** Turning two-factor authentication off needs a current code (or recovery code) or the password. */
export function DisableMfaForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const disable = useDisableMfa();
  const [withPassword, setWithPassword] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();

  return (
    <form
      noValidate
      className="space-y-3 sm:max-w-sm"
      onSubmit={(event) => {
        event.preventDefault();
        setError(undefined);
        if (!value.trim()) {
          setError(withPassword ? 'Enter your password.' : 'Enter a code.');
          return;
        }
        disable.mutate(withPassword ? { password: value } : { code: value }, {
          onSuccess: onDone,
          onError: (failure) => {
            setError(
              withPassword && failure instanceof ProblemError && failure.status === 422
                ? 'That is not your current password.'
                : describeMfaError(failure),
            );
          },
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <FormField label={withPassword ? 'Password' : 'Code from your app, or a recovery code'}>
        {(field) => (
          <Input
            {...field}
            type={withPassword ? 'password' : 'text'}
            autoComplete={withPassword ? 'current-password' : 'one-time-code'}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
            }}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" loading={disable.isPending}>
          Turn off
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setWithPassword(!withPassword);
            setValue('');
            setError(undefined);
          }}
        >
          {withPassword ? 'Use a code instead' : 'Use my password instead'}
        </Button>
      </div>
    </form>
  );
}
