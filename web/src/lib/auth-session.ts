import { z } from 'zod';

import { authStore } from '@/lib/auth-store';
import { readCookie } from '@/lib/cookies';

export const tokenResponseSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().nullish(),
  tokenType: z.string().nullish(),
  expiresIn: z.number().positive(),
});

export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** Refresh this long before the access token runs out. */
export const REFRESH_LEAD_SECONDS = 60;
const MIN_DELAY_MS = 1000;

/**
 * How long to wait before refreshing a token that lives `expiresInSeconds`: about a minute
 * before it runs out, or half its life for tokens shorter than two minutes.
 */
export function refreshDelayMs(
  expiresInSeconds: number,
  leadSeconds: number = REFRESH_LEAD_SECONDS,
): number {
  const delaySeconds =
    expiresInSeconds > 2 * leadSeconds ? expiresInSeconds - leadSeconds : expiresInSeconds / 2;
  return Math.max(MIN_DELAY_MS, Math.round(delaySeconds * 1000));
}

/** Headers that make the server use the httpOnly refresh cookie and its XSRF companion. */
export function cookieAuthHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'X-Auth-Mode': 'cookie' };
  const xsrf = readCookie('XSRF-TOKEN');
  if (xsrf) headers['X-XSRF-TOKEN'] = xsrf;
  return headers;
}

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<boolean> | undefined;
const endListeners = new Set<() => void>();

function cancelScheduledRefresh(): void {
  if (refreshTimer !== undefined) clearTimeout(refreshTimer);
  refreshTimer = undefined;
}

/** Stores a fresh token pair and schedules the next silent refresh. */
export function startSession(tokens: TokenResponse): void {
  authStore.getState().setSession(tokens.accessToken, tokens.expiresIn);
  cancelScheduledRefresh();
  refreshTimer = setTimeout(() => {
    void refreshSession();
  }, refreshDelayMs(tokens.expiresIn));
}

/** Forgets the session locally (token, timer, cached server data). */
export function endSession(): void {
  cancelScheduledRefresh();
  authStore.getState().clearSession();
  for (const listener of endListeners) listener();
}

/** Lets the app drop cached server data whenever the session ends. */
export function onSessionEnd(listener: () => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

async function requestRefresh(): Promise<boolean> {
  try {
    const response = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', ...cookieAuthHeaders() },
    });
    if (!response.ok) {
      endSession();
      return false;
    }
    const tokens = tokenResponseSchema.safeParse(await response.json());
    if (!tokens.success) {
      endSession();
      return false;
    }
    startSession(tokens.data);
    return true;
  } catch {
    endSession();
    return false;
  }
}

/**
 * Trades the refresh cookie for a new token pair. Concurrent callers share one request,
 * so a burst of 401s causes a single refresh.
 */
export function refreshSession(): Promise<boolean> {
  refreshInFlight ??= requestRefresh().finally(() => {
    refreshInFlight = undefined;
  });
  return refreshInFlight;
}

/** On start-up (page load): restore the session from the refresh cookie, if there may be one. */
export async function restoreSession(): Promise<void> {
  if (readCookie('XSRF-TOKEN') === undefined) {
    endSession();
    return;
  }
  await refreshSession();
}

/** Signs out on the server (revoking the refresh cookie) and locally, whatever the server says. */
export async function signOut(): Promise<void> {
  const token = authStore.getState().accessToken;
  try {
    await fetch('/api/v1/auth/logout', {
      method: 'POST',
      credentials: 'include',
      headers: {
        ...cookieAuthHeaders(),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
  } catch {
    // Signing out locally is what matters to the person at the keyboard.
  } finally {
    endSession();
  }
}
