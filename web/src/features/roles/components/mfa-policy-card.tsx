import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/toast-store';
import { useMfaPolicy, useUpdateMfaPolicy } from '@/features/roles/api/mfa-policy';
import { describeError } from '@/lib/problem';
import type { Role } from '@/types/api';

/** Which roles must use two-factor authentication (organisation administrators only). */
export function MfaPolicyCard({ roles }: { roles: Role[] }) {
  const policy = useMfaPolicy(true);
  return (
    <Card
      title="Two-factor authentication"
      description="People holding a checked role must use an authenticator app; those without one set it up at their next sign-in."
    >
      {policy.isPending ? <Spinner label="Loading the policy…" /> : null}
      {policy.isError ? <Alert tone="error">{describeError(policy.error)}</Alert> : null}
      {policy.data ? (
        <PolicyForm
          key={policy.data.requiredRoles.join(',')}
          roles={roles}
          initial={policy.data.requiredRoles}
        />
      ) : null}
    </Card>
  );
}

function PolicyForm({ roles, initial }: { roles: Role[]; initial: string[] }) {
  const update = useUpdateMfaPolicy();
  const [selected, setSelected] = useState(() => new Set(initial));
  const changed = selected.size !== initial.length || initial.some((id) => !selected.has(id));

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { requiredRoles: roles.map((r) => r.id).filter((id) => selected.has(id)) },
          {
            onSuccess: () => {
              toast.success('Two-factor policy saved.');
            },
          },
        );
      }}
    >
      <fieldset>
        <legend className="sr-only">Roles that require two-factor authentication</legend>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {roles.map((role) => (
            <Checkbox
              key={role.id}
              label={role.name}
              checked={selected.has(role.id)}
              onChange={(event) => {
                const next = new Set(selected);
                if (event.target.checked) next.add(role.id);
                else next.delete(role.id);
                setSelected(next);
              }}
            />
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={!changed} loading={update.isPending}>
        Save policy
      </Button>
    </form>
  );
}
