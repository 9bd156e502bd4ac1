import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { PlusIcon } from '@/components/ui/icons';
import { Input, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { useRoleOptions } from '@/features/users/api/get-role-options';
import { CreateUserDialog } from '@/features/users/components/create-user-dialog';
import { DeactivateUserDialog } from '@/features/users/components/deactivate-user-dialog';
import { EditUserDialog } from '@/features/users/components/edit-user-dialog';
import { type LinkRequest, UserLinkDialog } from '@/features/users/components/user-link-dialog';
import { UserRolesDialog } from '@/features/users/components/user-roles-dialog';
import { UsersTable } from '@/features/users/components/users-table';
import { useHasPermission, useMe } from '@/lib/auth';
import { permissions } from '@/lib/permissions';
import { describeError } from '@/lib/problem';
import { useUsers } from '@/lib/search-users';
import { useDebouncedCallback } from '@/lib/use-debounced-callback';
import { useSearchState } from '@/lib/use-search-state';
import type { User } from '@/types/api';

const PAGE_SIZE = 20;

export function UsersRoute() {
  const { data: me } = useMe();
  const canWrite = useHasPermission(permissions.usersWrite);
  const canAdmin = useHasPermission(permissions.usersAdmin);
  const canAssignRoles = useHasPermission(permissions.rolesAssign);
  const canReadRoles = useHasPermission(permissions.rolesRead);

  const { values, page, setFilter, setPage } = useSearchState(['q', 'role'] as const);
  const [search, setSearch] = useState(values.q);
  const applySearch = useDebouncedCallback((value: string) => {
    setFilter('q', value.trim());
  });

  const users = useUsers({
    page,
    size: PAGE_SIZE,
    q: values.q || undefined,
    role: values.role || undefined,
  });
  const roles = useRoleOptions(canReadRoles);

  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User>();
  const [changingRoles, setChangingRoles] = useState<User>();
  const [deactivating, setDeactivating] = useState<User>();
  const [linking, setLinking] = useState<LinkRequest>();

  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone in your organisation, their roles and whether they can sign in."
        actions={
          canWrite ? (
            <Button
              onClick={() => {
                setCreating(true);
              }}
            >
              <PlusIcon className="size-4" />
              New user
            </Button>
          ) : null
        }
      />
      <div role="search" className="mb-4 grid gap-3 sm:grid-cols-[minmax(0,1fr)_14rem]">
        <FormField label="Search">
          {(field) => (
            <Input
              {...field}
              type="search"
              placeholder="Name or email"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                applySearch(event.target.value);
              }}
            />
          )}
        </FormField>
        {canReadRoles ? (
          <FormField label="Role">
            {(field) => (
              <Select
                {...field}
                value={values.role}
                onChange={(event) => {
                  setFilter('role', event.target.value);
                }}
              >
                <option value="">All roles</option>
                {roles.data?.map((role) => (
                  <option key={role.id} value={role.name}>
                    {role.name}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        ) : null}
      </div>

      <UsersTable
        users={users.data?.items}
        loading={users.isPending}
        error={users.isError ? describeError(users.error) : undefined}
        actions={{
          currentUserId: me?.id,
          canEdit: canWrite,
          canAssignRoles,
          onEdit: setEditing,
          onRoles: setChangingRoles,
          onDeactivate: setDeactivating,
          canResetPasswords: canAdmin,
          onReinvite: (user) => {
            setLinking({ kind: 'invitation', user });
          },
          onResetPassword: (user) => {
            setLinking({ kind: 'password-reset', user });
          },
        }}
      />
      {users.data ? (
        <Pagination
          page={users.data.page}
          size={users.data.size}
          total={users.data.total}
          onPageChange={setPage}
          label="Users pages"
        />
      ) : null}

      <CreateUserDialog
        open={creating}
        onClose={() => {
          setCreating(false);
        }}
      />
      <EditUserDialog
        user={editing}
        canChangeStatus={canAdmin}
        onClose={() => {
          setEditing(undefined);
        }}
      />
      <UserRolesDialog
        user={changingRoles}
        onClose={() => {
          setChangingRoles(undefined);
        }}
      />
      <DeactivateUserDialog
        user={deactivating}
        onClose={() => {
          setDeactivating(undefined);
        }}
      />
      <UserLinkDialog
        request={linking}
        onClose={() => {
          setLinking(undefined);
        }}
      />
    </>
  );
}
