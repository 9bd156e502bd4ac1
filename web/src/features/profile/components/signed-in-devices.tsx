import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import { toast } from '@/components/ui/toast-store';
import { useSessions, useSignOutSession } from '@/features/profile/api/sessions';
import { formatDateTime } from '@/lib/format';
import { describeError } from '@/lib/problem';

/** The person's open sessions, with a sign-out for each other device and one for all of them. */
export function SignedInDevices() {
  const sessions = useSessions();
  const signOut = useSignOutSession();
  const others = sessions.data?.filter((session) => !session.current).length ?? 0;
  return (
    <div className="space-y-3">
      <Table caption="Signed-in devices">
        <THead>
          <tr>
            <Th>Device</Th>
            <Th>Last used</Th>
            <Th>Address</Th>
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </THead>
        <TBody>
          <TableRows
            items={sessions.data}
            loading={sessions.isPending}
            error={sessions.isError ? describeError(sessions.error) : undefined}
            colSpan={4}
            loadingLabel="Loading your devices…"
            empty="No open sessions."
          >
            {(session) => (
              <tr key={session.id}>
                <Td>
                  <div className="font-medium text-fg" title={session.userAgent ?? undefined}>
                    {session.device}{' '}
                    {session.current ? <Badge tone="success">This device</Badge> : null}
                  </div>
                  <div className="text-fg-muted">Signed in {formatDateTime(session.createdAt)}</div>
                </Td>
                <Td className="whitespace-nowrap text-fg-muted">
                  {formatDateTime(session.lastUsedAt)}
                </Td>
                <Td className="font-mono text-xs text-fg-muted">{session.ip ?? '—'}</Td>
                <Td className="text-right">
                  {session.current ? null : (
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-danger"
                      onClick={() => {
                        signOut.mutate(session.id, {
                          onSuccess: () => toast.success(`${session.device} is signed out.`),
                        });
                      }}
                    >
                      Sign out<span className="sr-only"> {session.device}</span>
                    </Button>
                  )}
                </Td>
              </tr>
            )}
          </TableRows>
        </TBody>
      </Table>
      {others > 1 ? (
        <Button
          variant="secondary"
          size="sm"
          loading={signOut.isPending}
          onClick={() => {
            signOut.mutate(undefined, {
              onSuccess: () => toast.success('Every other device is signed out.'),
            });
          }}
        >
          Sign out all other devices
        </Button>
      ) : null}
    </div>
  );
}
