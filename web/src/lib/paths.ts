/** Every client-side route in one place, so links never drift from the router. */
export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  acceptInvite: '/accept-invite',
  profile: '/profile',
  training: '/training',
  knowledge: '/knowledge',
  assistants: '/assistants',
  workflows: '/workflows',
  billing: '/billing',
  adminUsers: '/admin/users',
  adminTeams: '/admin/teams',
  adminRoles: '/admin/roles',
  adminAudit: '/admin/audit',
  adminApiKeys: '/admin/api-keys',
} as const;

/** Where to send someone back to after signing in; only same-site paths are accepted. */
export function safeRedirect(target: string | null | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//')) return paths.home;
  if (target.startsWith(paths.login)) return paths.home;
  return target;
}
