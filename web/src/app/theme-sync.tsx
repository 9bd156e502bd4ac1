import { useEffect, useSyncExternalStore } from 'react';

import { useMe } from '@/lib/auth';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void) {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => {
    media.removeEventListener('change', onChange);
  };
}

function systemPrefersDark(): boolean {
  return window.matchMedia(darkQuery).matches;
}

/** Applies the signed-in user's theme preference (light, dark or system) to <html>. */
export function ThemeSync() {
  const { data: me } = useMe();
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false);
  const preference = me?.preferences?.theme;
  const dark = preference === 'dark' || (preference !== 'light' && systemDark);

  useEffect(() => {
    document.documentElement.classList.toggle('dark', dark);
  }, [dark]);

  return null;
}
