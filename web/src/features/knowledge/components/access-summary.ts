import type { Principal } from '@/features/knowledge/api/knowledge-schema';

/** "Everyone", or how many teams, roles and people an access list names. */
export function describeAccess(principals: readonly Principal[]): string {
  if (principals.some((p) => p.type === 'tenant')) return 'Everyone';
  if (principals.length === 0) return 'Administrators only';
  const count = (type: Principal['type']) => principals.filter((p) => p.type === type).length;
  const parts: string[] = [];
  const teams = count('team');
  const roles = count('role');
  const people = count('user');
  if (teams) parts.push(teams === 1 ? '1 team' : `${teams} teams`);
  if (roles) parts.push(roles === 1 ? '1 role' : `${roles} roles`);
  if (people) parts.push(people === 1 ? '1 person' : `${people} people`);
  return parts.join(', ');
}
