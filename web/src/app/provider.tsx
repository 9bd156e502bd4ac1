import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';

import { ThemeSync } from '@/app/theme-sync';
import { Spinner } from '@/components/ui/spinner';
import { Toaster } from '@/components/ui/toaster';
import { restoreSession } from '@/lib/auth-session';
import { useAuthStore } from '@/lib/auth-store';
import { queryClient } from '@/lib/query-client';

/** Waits for the start-up refresh, so no page ever renders with an unknown session. */
function SessionGate({ children }: { children: ReactNode }) {
  const status = useAuthStore((state) => state.status);
  useEffect(() => {
    if (status === 'unknown') void restoreSession();
  }, [status]);

  if (status === 'unknown') {
    return (
      <div className="flex min-h-dvh items-center justify-center">
        <Spinner label="Loading AiGentForce…" />
      </div>
    );
  }
  return children;
}

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeSync />
      <SessionGate>{children}</SessionGate>
      <Toaster />
    </QueryClientProvider>
  );
}
