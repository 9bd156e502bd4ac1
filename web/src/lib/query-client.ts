import { MutationCache, QueryClient } from '@tanstack/react-query';

import { toast, toastStore } from '@/components/ui/toast-store';
import { onSessionEnd } from '@/lib/auth-session';
import { describeError, ProblemError } from '@/lib/problem';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** false when the form shows the error itself (inline, mapped onto its fields). */
      errorToast?: boolean;
    };
  }
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ProblemError && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.errorToast === false) return;
        toast.error(describeError(error));
      },
    }),
  });
}

export const queryClient = createQueryClient();

onSessionEnd(() => {
  // Nothing of the previous session (cached data, its notifications) outlives it.
  queryClient.clear();
  toastStore.setState({ toasts: [] });
});
