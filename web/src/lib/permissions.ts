/** Permission names as the server issues them (`resource:action`). */
export const permissions = {
  usersRead: 'users:read',
  usersWrite: 'users:write',
  usersAdmin: 'users:admin',
  rolesRead: 'roles:read',
  rolesWrite: 'roles:write',
  rolesAssign: 'roles:assign',
  teamsRead: 'teams:read',
  teamsWrite: 'teams:write',
  teamsMembers: 'teams:members',
  auditRead: 'audit:read',
  apiKeysManage: 'apikeys:manage',
  tenantAdmin: 'tenant:admin',
  kbRead: 'kb:read',
  kbWrite: 'kb:write',
  kbAdmin: 'kb:admin',
  aiAdmin: 'ai:admin',
  promptsRead: 'prompts:read',
  promptsWrite: 'prompts:write',
} as const;

export type Permission = (typeof permissions)[keyof typeof permissions];
