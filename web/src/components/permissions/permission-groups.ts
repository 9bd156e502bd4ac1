import type { PermissionInfo } from '@/lib/permission-catalog';

export interface PermissionGroup {
  resource: string;
  permissions: PermissionInfo[];
}

/** `users:read`, `users:write` … grouped under `users`, resources and actions in order. */
export function groupByResource(permissions: readonly PermissionInfo[]): PermissionGroup[] {
  const groups = new Map<string, PermissionInfo[]>();
  for (const permission of permissions) {
    const resource = permission.name.split(':')[0] ?? permission.name;
    groups.set(resource, [...(groups.get(resource) ?? []), permission]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([resource, items]) => ({
      resource,
      permissions: [...items].sort((a, b) => a.name.localeCompare(b.name)),
    }));
}

/** Resources whose name is an abbreviation or a run-together word. */
const RESOURCE_LABELS: Record<string, string> = {
  apikeys: 'API keys',
  kb: 'Knowledge',
};

export function resourceLabel(resource: string): string {
  return (
    RESOURCE_LABELS[resource] ??
    resource.charAt(0).toUpperCase() + resource.slice(1).replace(/[-_]/g, ' ')
  );
}

/** The label inside a sentence: "users", "knowledge", but "API keys". */
export function resourcePhrase(resource: string): string {
  return resourceLabel(resource).replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());
}
