import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * `unknown` until the start-up refresh has answered; then either signed in or not.
 * The access token lives in memory only: a reload restores it from the httpOnly refresh cookie.
 */
export type AuthStatus = 'unknown' | 'authenticated' | 'anonymous';

export interface AuthState {
  status: AuthStatus;
  accessToken: string | null;
  /** Epoch milliseconds at which the access token stops being valid. */
  expiresAt: number | null;
  setSession: (accessToken: string, expiresInSeconds: number, now?: number) => void;
  clearSession: () => void;
}

export const authStore = createStore<AuthState>()((set) => ({
  status: 'unknown',
  accessToken: null,
  expiresAt: null,
  setSession: (accessToken, expiresInSeconds, now = Date.now()) => {
    set({ status: 'authenticated', accessToken, expiresAt: now + expiresInSeconds * 1000 });
  },
  clearSession: () => {
    set({ status: 'anonymous', accessToken: null, expiresAt: null });
  },
}));

export function useAuthStore<T>(selector: (state: AuthState) => T): T {
  return useStore(authStore, selector);
}
