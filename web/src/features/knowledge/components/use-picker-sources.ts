import type { PickerSources } from '@/features/knowledge/components/principal-picker';
import { useHasPermission } from '@/lib/auth';
import { permissions } from '@/lib/permissions';

/** The sharing picker offers only the lists the caller may read. */
export function usePickerSources(): PickerSources {
  return {
    teams: useHasPermission(permissions.teamsRead),
    roles: useHasPermission(permissions.rolesRead),
    users: useHasPermission(permissions.usersRead),
  };
}
