import type { ComponentType } from 'react';

import {
  HomeIcon,
  KeyIcon,
  ListIcon,
  ShieldIcon,
  SparkIcon,
  TeamIcon,
  UsersIcon,
} from '@/components/ui/icons';
import { areas } from '@/features/dashboard/components/areas';
import { paths } from '@/lib/paths';
import { permissions, type Permission } from '@/lib/permissions';

export interface NavItem {
  label: string;
  path: string;
  icon: ComponentType<{ className?: string }>;
  /** Shown only to users holding this permission. */
  permission?: Permission;
  end?: boolean;
}

export interface NavSection {
  label: string;
  items: NavItem[];
}

export const navSections: NavSection[] = [
  {
    label: 'Workspace',
    items: [
      { label: 'Dashboard', path: paths.home, icon: HomeIcon, end: true },
      ...areas.map((area) => ({
        label: area.label,
        path: area.path,
        icon: area.icon,
        permission: area.permission,
      })),
      {
        label: 'Prompt templates',
        path: paths.promptTemplates,
        icon: SparkIcon,
        permission: permissions.promptsRead,
      },
    ],
  },
  {
    label: 'Admin',
    items: [
      {
        label: 'Users',
        path: paths.adminUsers,
        icon: UsersIcon,
        permission: permissions.usersRead,
      },
      { label: 'Teams', path: paths.adminTeams, icon: TeamIcon, permission: permissions.teamsRead },
      {
        label: 'Roles',
        path: paths.adminRoles,
        icon: ShieldIcon,
        permission: permissions.rolesRead,
      },
      {
        label: 'Audit log',
        path: paths.adminAudit,
        icon: ListIcon,
        permission: permissions.auditRead,
      },
      {
        label: 'API keys',
        path: paths.adminApiKeys,
        icon: KeyIcon,
        permission: permissions.apiKeysManage,
      },
      {
        label: 'AI providers',
        path: paths.adminAiProviders,
        icon: SparkIcon,
        permission: permissions.aiAdmin,
      },
    ],
  },
];

/** The sections and items this user may see; empty sections disappear. */
export function visibleSections(granted: readonly string[]): NavSection[] {
  return navSections
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => !item.permission || granted.includes(item.permission)),
    }))
    .filter((section) => section.items.length > 0);
}
