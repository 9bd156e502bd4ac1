import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { PermissionPicker } from '@/components/permissions/permission-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FieldSet, FormField } from '@/components/ui/form-field';
import { Input, Textarea } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/toast-store';
import { useCreateRole } from '@/features/roles/api/create-role';
import { useUpdateRole } from '@/features/roles/api/update-role';
import { applyProblemToForm } from '@/lib/form-errors';
import { usePermissionCatalog } from '@/lib/permission-catalog';
import { describeError } from '@/lib/problem';
import type { Role } from '@/types/api';

const roleFormSchema = z.object({
  name: z.string().trim().min(1, 'Enter a role name.').max(100),
  description: z.string().trim().max(500),
  permissions: z.array(z.string()).min(1, 'Grant at least one permission.'),
});

type RoleFormValues = z.infer<typeof roleFormSchema>;

export function RoleFormDialog({
  open,
  role,
  onClose,
}: {
  open: boolean;
  /** The custom role to edit; a new role when undefined. */
  role?: Role | undefined;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={role ? `Edit ${role.name}` : 'New role'}
      description="A role is a named set of permissions you can give to users."
      size="lg"
    >
      <RoleForm key={role?.id ?? 'new'} role={role} onDone={onClose} />
    </Dialog>
  );
}

function RoleForm({ role, onDone }: { role: Role | undefined; onDone: () => void }) {
  const catalog = usePermissionCatalog();
  const createRole = useCreateRole();
  const updateRole = useUpdateRole();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RoleFormValues>({
    resolver: zodResolver(roleFormSchema),
    defaultValues: {
      name: role?.name ?? '',
      description: role?.description ?? '',
      permissions: role?.permissions ?? [],
    },
  });

  const callbacks = {
    onSuccess: () => {
      toast.success(role ? 'Role updated.' : 'Role created.');
      onDone();
    },
    onError: (error: unknown) => {
      setFormError(applyProblemToForm(error, setError, ['name', 'description', 'permissions']));
    },
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    const input = { ...values, description: values.description || undefined };
    if (role) updateRole.mutate({ id: role.id, ...input }, callbacks);
    else createRole.mutate(input, callbacks);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="off" {...register('name')} />}
      </FormField>
      <FormField label="Description" optional error={errors.description?.message}>
        {(field) => <Textarea {...field} rows={2} {...register('description')} />}
      </FormField>
      <FieldSet legend="Permissions" error={errors.permissions?.message}>
        {catalog.isPending ? (
          <Spinner label="Loading permissions…" />
        ) : catalog.isError ? (
          <Alert tone="error">{describeError(catalog.error)}</Alert>
        ) : (
          <Controller
            control={control}
            name="permissions"
            render={({ field }) => (
              <PermissionPicker
                catalog={catalog.data}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        )}
      </FieldSet>
      <DialogActions>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={createRole.isPending || updateRole.isPending}>
          {role ? 'Save changes' : 'Create role'}
        </Button>
      </DialogActions>
    </form>
  );
}
