import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { areas } from '@/features/dashboard/components/areas';
import { useMe } from '@/lib/auth';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';
import { permissions, type Permission } from '@/lib/permissions';

const adminLinks: { label: string; path: string; permission: Permission; description: string }[] = [
  {
    label: 'Users',
    path: paths.adminUsers,
    permission: permissions.usersRead,
    description: 'Invite people, assign roles, deactivate accounts.',
  },
  {
    label: 'Teams',
    path: paths.adminTeams,
    permission: permissions.teamsRead,
    description: 'Group people and name their leads.',
  },
  {
    label: 'Roles',
    path: paths.adminRoles,
    permission: permissions.rolesRead,
    description: 'See what each role may do; define your own.',
  },
  {
    label: 'Audit log',
    path: paths.adminAudit,
    permission: permissions.auditRead,
    description: 'Who did what, and when.',
  },
];

const cardClasses = cn(
  'group block rounded-lg border border-border bg-surface p-4 shadow-xs transition-colors',
  'hover:border-accent/50 hover:bg-accent-soft/40',
);

export function DashboardHomeRoute() {
  const { data: me } = useMe();
  const granted = new Set(me?.permissions ?? []);
  const visibleAreas = areas.filter((area) => !area.permission || granted.has(area.permission));
  const visibleAdmin = adminLinks.filter((link) => granted.has(link.permission));
  const firstName = me?.name.split(/\s+/)[0];

  return (
    <>
      <PageHeader
        title={firstName ? `Welcome, ${firstName}` : 'Welcome'}
        description="Your organisation's workspace for training and running AI roles."
      />
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading" className="mb-3 text-sm font-semibold text-fg-muted">
          Workspace
        </h2>
        {visibleAreas.length > 0 ? (
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {visibleAreas.map((area) => {
              const Icon = area.icon;
              return (
                <li key={area.key}>
                  <Link to={area.path} className={cardClasses}>
                    <span className="flex items-center gap-3">
                      <span className="flex size-9 items-center justify-center rounded-md bg-accent-soft text-accent">
                        <Icon className="size-5" />
                      </span>
                      <span className="font-medium text-fg">{area.label}</span>
                    </span>
                    <span className="mt-2 block text-sm text-fg-muted">{area.description}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-fg-muted">
            Your role does not open any workspace area yet. Ask an administrator if you need one.
          </p>
        )}
      </section>
      {visibleAdmin.length > 0 ? (
        <section aria-labelledby="admin-heading" className="mt-8">
          <h2 id="admin-heading" className="mb-3 text-sm font-semibold text-fg-muted">
            Administration
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
            {visibleAdmin.map((link) => (
              <li key={link.path}>
                <Link to={link.path} className={cardClasses}>
                  <span className="font-medium text-fg">{link.label}</span>
                  <span className="mt-1 block text-sm text-fg-muted">{link.description}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
