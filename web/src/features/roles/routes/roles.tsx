import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { useRoles } from '@/features/roles/api/get-roles';
import { DeleteRoleDialog } from '@/features/roles/components/delete-role-dialog';
import { MfaPolicyCard } from '@/features/roles/components/mfa-policy-card';
import { RoleCard } from '@/features/roles/components/role-card';
import { RoleFormDialog } from '@/features/roles/components/role-form-dialog';
import { useHasPermission } from '@/lib/auth';
import { permissions } from '@/lib/permissions';
import { describeError } from '@/lib/problem';
import type { Role } from '@/types/api';

export function RolesRoute() {
  const canWrite = useHasPermission(permissions.rolesWrite);
  const canAdminTenant = useHasPermission(permissions.tenantAdmin);
  const roles = useRoles();
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<Role>();
  const [deleting, setDeleting] = useState<Role>();

  const builtIn = roles.data?.items.filter((role) => role.builtIn) ?? [];
  const custom = roles.data?.items.filter((role) => !role.builtIn) ?? [];
  const cardProps = {
    canWrite,
    onEdit: (role: Role) => {
      setEditing(role);
      setFormOpen(true);
    },
    onDelete: setDeleting,
  };

  return (
    <>
      <PageHeader
        title="Roles"
        description="What each role allows. Built-in roles are fixed; define custom roles for anything else."
        actions={
          canWrite ? (
            <Button
              onClick={() => {
                setEditing(undefined);
                setFormOpen(true);
              }}
            >
              <PlusIcon className="size-4" />
              New role
            </Button>
          ) : null
        }
      />
      {roles.isPending ? <Spinner label="Loading roles…" /> : null}
      {roles.isError ? <Alert tone="error">{describeError(roles.error)}</Alert> : null}
      {roles.data ? (
        <div className="space-y-8">
          <section aria-labelledby="custom-roles">
            <h2 id="custom-roles" className="mb-3 text-sm font-semibold text-fg-muted">
              Custom roles
            </h2>
            {custom.length === 0 ? (
              <p className="rounded-lg border border-dashed border-border-strong bg-surface p-6 text-center text-sm text-fg-muted">
                No custom roles yet.
                {canWrite ? ' Create one when the built-in roles do not fit.' : null}
              </p>
            ) : (
              <div className="grid gap-3 lg:grid-cols-2">
                {custom.map((role) => (
                  <RoleCard key={role.id} role={role} {...cardProps} />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="builtin-roles">
            <h2 id="builtin-roles" className="mb-3 text-sm font-semibold text-fg-muted">
              Built-in roles
            </h2>
            <div className="grid gap-3 lg:grid-cols-2">
              {builtIn.map((role) => (
                <RoleCard key={role.id} role={role} {...cardProps} />
              ))}
            </div>
          </section>
          {canAdminTenant ? <MfaPolicyCard roles={roles.data.items} /> : null}
        </div>
      ) : null}
      <RoleFormDialog
        open={formOpen}
        role={editing}
        onClose={() => {
          setFormOpen(false);
          setEditing(undefined);
        }}
      />
      <DeleteRoleDialog
        role={deleting}
        onClose={() => {
          setDeleting(undefined);
        }}
      />
    </>
  );
}
