/** Every client-side route in one place, so links never drift from the router. */
export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  acceptInvite: '/accept-invite',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  profile: '/profile',
  knowledge: '/knowledge',
  knowledgeSearch: '/knowledge/search',
  promptTemplates: '/prompt-templates',
  promptTemplateNew: '/prompt-templates/new',
  adminUsers: '/admin/users',
  adminTeams: '/admin/teams',
  adminRoles: '/admin/roles',
  adminAudit: '/admin/audit',
  adminApiKeys: '/admin/api-keys',
  adminAiProviders: '/admin/ai-providers',
} as const;

export function knowledgeBasePath(id: string): string {
  return `${paths.knowledge}/bases/${encodeURIComponent(id)}`;
}

export function promptTemplatePath(id: string): string {
  return `${paths.promptTemplates}/${encodeURIComponent(id)}`;
}

/** A document's page; `page` adds the anchor of a cited page (`#page-3`). */
export function documentPath(id: string, page?: number | null): string {
  const anchor = page ? `#page-${page}` : '';
  return `${paths.knowledge}/documents/${encodeURIComponent(id)}${anchor}`;
}

/**
 * A document's page opened at one passage (a search hit's chunk): the query names it so a reload
 * finds it again, the anchor is where the page scrolls to (the passage highlighted in the text).
 */
export function passagePath(documentId: string, chunkId: string): string {
  const chunk = encodeURIComponent(chunkId);
  return `${paths.knowledge}/documents/${encodeURIComponent(documentId)}?chunk=${chunk}#chunk-${chunk}`;
}

/** Where to send someone back to after signing in; only same-site paths are accepted. */
export function safeRedirect(target: string | null | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//')) return paths.home;
  if (target.startsWith(paths.login)) return paths.home;
  return target;
}

/** The API reference (Swagger UI), served by the server rather than by this app: open it with a plain link. */
export const apiReferenceUrl = '/swagger-ui';
