/**
 * Query keys that more than one feature reads: whatever is cached under `roles` (the roles page,
 * and the role pickers and filter of the users pages) is refetched when a role is created,
 * changed or deleted.
 */
export const rolesQueryKey = ['roles'] as const;
