import { groupByResource, resourceLabel } from '@/components/permissions/permission-groups';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { Role } from '@/types/api';

export function RoleCard({
  role,
  canWrite,
  onEdit,
  onDelete,
}: {
  role: Role;
  canWrite: boolean;
  onEdit: (role: Role) => void;
  onDelete: (role: Role) => void;
}) {
  const groups = groupByResource(role.permissions.map((name) => ({ name })));
  const headingId = `role-${role.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col rounded-lg border border-border bg-surface p-4 shadow-xs"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="truncate font-semibold text-fg">
            {role.name}
          </h3>
          {role.description ? (
            <p className="mt-0.5 text-sm text-fg-muted">{role.description}</p>
          ) : null}
        </div>
        <Badge tone={role.builtIn ? 'neutral' : 'accent'}>
          {role.builtIn ? 'Built-in' : 'Custom'}
        </Badge>
      </div>
      <dl className="mt-3 space-y-1.5 text-sm">
        {groups.map((group) => (
          <div key={group.resource} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <dt className="w-20 shrink-0 text-fg-muted">{resourceLabel(group.resource)}</dt>
            <dd className="flex flex-wrap gap-1">
              {group.permissions.map((p) => (
                <code
                  key={p.name}
                  className="rounded bg-surface-muted px-1.5 py-0.5 font-mono text-xs text-fg"
                >
                  {p.name.split(':')[1] ?? p.name}
                </code>
              ))}
            </dd>
          </div>
        ))}
        {groups.length === 0 ? <p className="text-fg-muted">No permissions.</p> : null}
      </dl>
      {canWrite && !role.builtIn ? (
        <div className="mt-4 flex gap-2 border-t border-border pt-3">
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              onEdit(role);
            }}
          >
            Edit<span className="sr-only"> {role.name}</span>
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="text-danger"
            onClick={() => {
              onDelete(role);
            }}
          >
            Delete<span className="sr-only"> {role.name}</span>
          </Button>
        </div>
      ) : null}
    </article>
  );
}
