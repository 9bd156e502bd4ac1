import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import { UserStatusBadge } from '@/features/users/components/user-status-badge';
import { formatDateTime } from '@/lib/format';
import type { User } from '@/types/api';

export interface UserActions {
  /** The signed-in user, who cannot deactivate themselves here. */
  currentUserId: string | undefined;
  canEdit: boolean;
  canAssignRoles: boolean;
  onEdit: (user: User) => void;
  onRoles: (user: User) => void;
  onDeactivate: (user: User) => void;
  /** Issuing password-reset links needs `users:admin`. */
  canResetPasswords: boolean;
  onReinvite: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UsersTable({
  users,
  loading,
  error,
  actions,
}: {
  users: User[] | undefined;
  loading: boolean;
  error: string | undefined;
  actions: UserActions;
}) {
  const showActions = actions.canEdit || actions.canAssignRoles;
  const columns = showActions ? 5 : 4;
  return (
    <Table caption="Users of your organisation">
      <THead>
        <tr>
          <Th>User</Th>
          <Th>Roles</Th>
          <Th>Status</Th>
          <Th>Last sign-in</Th>
          {showActions ? (
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </tr>
      </THead>
      <TBody>
        <TableRows
          items={users}
          loading={loading}
          error={error}
          colSpan={columns}
          loadingLabel="Loading users…"
          empty="No users match."
        >
          {(user) => (
            <tr key={user.id}>
              <Td label="User">
                <div className="font-medium text-fg">{user.name}</div>
                <div className="text-fg-muted">{user.email}</div>
              </Td>
              <Td label="Roles">
                <ul className="flex flex-wrap gap-1" aria-label={`Roles of ${user.name}`}>
                  {user.roles.map((role) => (
                    <li key={role}>
                      <Badge tone="accent">{role}</Badge>
                    </li>
                  ))}
                </ul>
              </Td>
              <Td label="Status">
                <UserStatusBadge status={user.status} />
              </Td>
              <Td label="Last sign-in" className="whitespace-nowrap text-fg-muted">
                {formatDateTime(user.lastLoginAt)}
              </Td>
              {showActions ? (
                <Td className="text-right whitespace-nowrap">
                  <div className="flex flex-wrap justify-end gap-1">
                    {actions.canEdit ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          actions.onEdit(user);
                        }}
                      >
                        Edit<span className="sr-only"> {user.name}</span>
                      </Button>
                    ) : null}
                    {actions.canAssignRoles ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          actions.onRoles(user);
                        }}
                      >
                        Roles<span className="sr-only"> of {user.name}</span>
                      </Button>
                    ) : null}
                    {actions.canEdit && user.status === 'invited' ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          actions.onReinvite(user);
                        }}
                      >
                        Resend invitation<span className="sr-only"> to {user.name}</span>
                      </Button>
                    ) : null}
                    {actions.canResetPasswords &&
                    user.status === 'active' &&
                    user.id !== actions.currentUserId ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          actions.onResetPassword(user);
                        }}
                      >
                        Reset password<span className="sr-only"> of {user.name}</span>
                      </Button>
                    ) : null}
                    {actions.canEdit &&
                    user.status !== 'deactivated' &&
                    user.id !== actions.currentUserId ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        className="text-danger"
                        onClick={() => {
                          actions.onDeactivate(user);
                        }}
                      >
                        Deactivate<span className="sr-only"> {user.name}</span>
                      </Button>
                    ) : null}
                  </div>
                </Td>
              ) : null}
            </tr>
          )}
        </TableRows>
      </TBody>
    </Table>
  );
}
