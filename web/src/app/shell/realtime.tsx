import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useStore } from 'zustand';

import { toast } from '@/components/ui/toast-store';
import { meQueryKey } from '@/lib/auth';
import { authStore } from '@/lib/auth-store';
import { cn } from '@/lib/cn';
import {
  RealtimeClient,
  realtimeStatusStore,
  realtimeUrl,
  type RealtimeEnvelope,
} from '@/lib/realtime-client';
import { dispatchRealtime } from '@/lib/realtime-events';

interface RoleUpdate {
  userId: string;
  roles: string[];
}

function isRoleUpdate(data: unknown): data is RoleUpdate {
  return (
    typeof data === 'object' &&
    data !== null &&
    'userId' in data &&
    typeof data.userId === 'string' &&
    'roles' in data &&
    Array.isArray(data.roles)
  );
}

/**
 * Keeps the signed-in user's real-time connection for as long as the app shell is shown. Every
 * event goes to the features that subscribed to its type (`subscribeRealtime`, `useRealtimeEvent`); besides, a
 * role change of their own shows a toast and reloads their permissions (so navigation and
 * guards follow); a change to someone else refreshes the people lists an admin may be viewing.
 */
export function useRealtimeConnection() {
  const queryClient = useQueryClient();

  useEffect(() => {
    const client = new RealtimeClient({
      url: realtimeUrl(),
      getToken: () => authStore.getState().accessToken,
      onStatus: (status) => {
        realtimeStatusStore.setState({ status });
      },
      onEvent: (event: RealtimeEnvelope) => {
        dispatchRealtime(event);
        if (event.type !== 'user:role_updated' || !isRoleUpdate(event.data)) return;
        const myId = queryClient.getQueryData<{ id: string }>(meQueryKey)?.id;
        if (event.data.userId === myId) {
          const roles = event.data.roles.join(', ') || 'none';
          toast.info(`Your roles were changed (now: ${roles}). Your access has been updated.`);
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
        } else {
          void queryClient.invalidateQueries({ queryKey: ['users'] });
        }
      },
    });
    client.start();
    const unsubscribe = authStore.subscribe((state, previous) => {
      if (state.accessToken && state.accessToken !== previous.accessToken) {
        client.reauthenticate(state.accessToken);
      }
    });
    return () => {
      unsubscribe();
      client.stop();
    };
  }, [queryClient]);
}

const LABELS = { live: 'Live', connecting: 'Connecting…', offline: 'Offline' } as const;

/** A small dot in the header: are live updates arriving? */
export function RealtimeIndicator() {
  const status = useStore(realtimeStatusStore, (state) => state.status);
  return (
    <span
      className="flex items-center gap-1.5 text-xs text-fg-muted"
      title={`Live updates: ${LABELS[status].toLowerCase()}`}
      data-realtime-status={status}
    >
      <span
        aria-hidden="true"
        className={cn(
          'size-2 rounded-full',
          status === 'live' && 'bg-green-500',
          status === 'connecting' && 'bg-amber-400',
          status === 'offline' && 'bg-fg-muted/50',
        )}
      />
      <span className="sr-only">Live updates: </span>
      <span className="sr-only sm:not-sr-only">{LABELS[status]}</span>
    </span>
  );
}
