import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input, Select } from '@/components/ui/input';
import { toast } from '@/components/ui/toast-store';
import { useUpdateUser } from '@/features/users/api/update-user';
import { applyProblemToForm } from '@/lib/form-errors';
import type { User, UserStatus } from '@/types/api';

const editUserSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  status: z.enum(['active', 'invited', 'deactivated']),
});

type EditUserValues = z.infer<typeof editUserSchema>;

export interface EditUserDialogProps {
  user: User | undefined;
  /** Changing the status needs `users:admin`. */
  canChangeStatus: boolean;
  onClose: () => void;
}

export function EditUserDialog({ user, canChangeStatus, onClose }: EditUserDialogProps) {
  return (
    <Dialog open={user !== undefined} onClose={onClose} title="Edit user" description={user?.email}>
      {user ? (
        <EditUserForm user={user} canChangeStatus={canChangeStatus} onDone={onClose} />
      ) : null}
    </Dialog>
  );
}

function asStatus(status: string): UserStatus {
  return status === 'invited' || status === 'deactivated' ? status : 'active';
}

function EditUserForm({
  user,
  canChangeStatus,
  onDone,
}: {
  user: User;
  canChangeStatus: boolean;
  onDone: () => void;
}) {
  const updateUser = useUpdateUser();
  const [formError, setFormError] = useState<string>();
  const initialStatus = asStatus(user.status);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, dirtyFields },
  } = useForm<EditUserValues>({
    resolver: zodResolver(editUserSchema),
    defaultValues: { name: user.name, status: initialStatus },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    updateUser.mutate(
      {
        id: user.id,
        name: values.name,
        ...(canChangeStatus && dirtyFields.status ? { status: values.status } : {}),
      },
      {
        onSuccess: () => {
          toast.success('User updated.');
          onDone();
        },
        onError: (error) => {
          setFormError(applyProblemToForm(error, setError, ['name', 'status']));
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="off" {...register('name')} />}
      </FormField>
      {canChangeStatus ? (
        <FormField
          label="Status"
          error={errors.status?.message}
          hint="Deactivated users cannot sign in; their data is kept."
        >
          {(field) => (
            <Select {...field} {...register('status')}>
              {/* someone who never set a password cannot be active: the server refuses it too */}
              {initialStatus === 'invited' ? null : <option value="active">Active</option>}
              {initialStatus === 'invited' ? <option value="invited">Invited</option> : null}
              <option value="deactivated">Deactivated</option>
            </Select>
          )}
        </FormField>
      ) : null}
      <DialogActions>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={updateUser.isPending}>
          Save changes
        </Button>
      </DialogActions>
    </form>
  );
}
