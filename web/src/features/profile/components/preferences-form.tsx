import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldSet } from '@/components/ui/form-field';
import { toast } from '@/components/ui/toast-store';
import { useUpdateProfile } from '@/features/profile/api/update-profile';
import { cn } from '@/lib/cn';
import { describeError } from '@/lib/problem';
import type { User } from '@/types/api';

const themes = [
  { value: 'system', label: 'System', hint: 'Follow your device' },
  { value: 'light', label: 'Light', hint: 'Always light' },
  { value: 'dark', label: 'Dark', hint: 'Always dark' },
] as const;

type Theme = (typeof themes)[number]['value'];

function readTheme(preferences: User['preferences']): Theme {
  const theme = preferences?.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

export function PreferencesForm({ me }: { me: User }) {
  const updateProfile = useUpdateProfile();
  const [theme, setTheme] = useState<Theme>(readTheme(me.preferences));
  const [error, setError] = useState<string>();
  const dirty = theme !== readTheme(me.preferences);

  function save() {
    setError(undefined);
    updateProfile.mutate(
      { preferences: { ...me.preferences, theme } },
      {
        onSuccess: () => toast.success('Your preferences have been saved.'),
        onError: (problem) => {
          setError(describeError(problem));
        },
      },
    );
  }

  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <FieldSet legend="Theme">
        <div className="grid grid-cols-3 gap-2 sm:max-w-md">
          {themes.map((option) => (
            <label
              key={option.value}
              className={cn(
                'flex cursor-pointer flex-col rounded-md border px-3 py-2 text-sm',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
                theme === option.value
                  ? 'border-accent bg-accent-soft text-fg'
                  : 'border-border-strong text-fg-muted hover:bg-surface-muted',
              )}
            >
              <input
                type="radio"
                name="theme"
                value={option.value}
                checked={theme === option.value}
                onChange={() => {
                  setTheme(option.value);
                }}
                className="sr-only"
              />
              <span className="font-medium text-fg">{option.label}</span>
              <span className="text-xs">{option.hint}</span>
            </label>
          ))}
        </div>
      </FieldSet>
      <Button type="submit" disabled={!dirty} loading={updateProfile.isPending}>
        Save preferences
      </Button>
    </form>
  );
}
