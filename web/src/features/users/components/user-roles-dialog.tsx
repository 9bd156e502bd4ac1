import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { toast } from '@/components/ui/toast-store';
import { useRoleOptions } from '@/features/users/api/get-role-options';
import { useUpdateUserRoles } from '@/features/users/api/update-user-roles';
import { RoleCheckboxes } from '@/features/users/components/role-checkboxes';
import { describeError } from '@/lib/problem';
import type { User } from '@/types/api';

export function UserRolesDialog({
  user,
  onClose,
}: {
  user: User | undefined;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={user !== undefined}
      onClose={onClose}
      title={user ? `Roles of ${user.name}` : 'Roles'}
      description="A user can do everything any of their roles allows."
    >
      {user ? <UserRolesForm user={user} onDone={onClose} /> : null}
    </Dialog>
  );
}

function UserRolesForm({ user, onDone }: { user: User; onDone: () => void }) {
  const roles = useRoleOptions();
  const updateRoles = useUpdateUserRoles();
  const [selected, setSelected] = useState<string[]>(user.roles);
  const [error, setError] = useState<string>();

  function save() {
    if (selected.length === 0) {
      setError('Pick at least one role.');
      return;
    }
    setError(undefined);
    updateRoles.mutate(
      { id: user.id, roles: selected },
      {
        onSuccess: () => {
          toast.success(`Roles of ${user.name} updated.`);
          onDone();
        },
        onError: (problem) => {
          setError(describeError(problem));
        },
      },
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {error ? (
        <Alert tone="error" className="mb-4">
          {error}
        </Alert>
      ) : null}
      <RoleCheckboxes
        roles={roles.data}
        loading={roles.isPending}
        value={selected}
        onChange={setSelected}
        error={roles.isError ? describeError(roles.error) : undefined}
      />
      <DialogActions>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={updateRoles.isPending}>
          Save roles
        </Button>
      </DialogActions>
    </form>
  );
}
