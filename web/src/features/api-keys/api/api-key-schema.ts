import { z } from 'zod';

/** One API key as listed: never the secret itself. */
export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  permissions: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
  lastUsedAt: z.string().nullish(),
  expiresAt: z.string().nullish(),
  revokedAt: z.string().nullish(),
});

export type ApiKey = z.infer<typeof apiKeySchema>;

export type ApiKeyState = 'active' | 'expired' | 'revoked';

export function apiKeyState(key: Pick<ApiKey, 'expiresAt' | 'revokedAt'>, now: Date): ApiKeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** A date picked in the form (`YYYY-MM-DD`) as the end of that day in the person's time zone. */
export function expiryFromDate(date: string): string | undefined {
  if (!date) return undefined;
  const end = new Date(`${date}T23:59:59`);
  return Number.isNaN(end.getTime()) ? undefined : end.toISOString();
}
