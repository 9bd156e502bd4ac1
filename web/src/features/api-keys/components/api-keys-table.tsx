import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import { apiKeyState, type ApiKey, type ApiKeyState } from '@/features/api-keys/api/api-key-schema';
import { formatDateTime } from '@/lib/format';

const stateBadges: Record<ApiKeyState, { tone: 'success' | 'neutral' | 'danger'; label: string }> =
  {
    active: { tone: 'success', label: 'Active' },
    expired: { tone: 'neutral', label: 'Expired' },
    revoked: { tone: 'danger', label: 'Revoked' },
  };

export function ApiKeysTable({
  keys,
  loading,
  error,
  onRevoke,
}: {
  keys: ApiKey[] | undefined;
  loading: boolean;
  error: string | undefined;
  onRevoke: (key: ApiKey) => void;
}) {
  const now = new Date();
  return (
    <Table caption="API keys of your organisation">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Permissions</Th>
          <Th>Last used</Th>
          <Th>Expires</Th>
          <Th>Status</Th>
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        <TableRows
          items={keys}
          loading={loading}
          error={error}
          colSpan={6}
          loadingLabel="Loading API keys…"
          empty="No API keys yet."
        >
          {(key) => {
            const state = apiKeyState(key, now);
            return (
              <tr key={key.id}>
                <Td label="Name">
                  <div className="font-medium text-fg">{key.name}</div>
                  <code className="font-mono text-xs text-fg-muted">{key.prefix}…</code>
                </Td>
                <Td label="Permissions">
                  <div className="flex max-w-xs flex-wrap gap-1">
                    {key.permissions.map((permission) => (
                      <Badge key={permission}>{permission}</Badge>
                    ))}
                  </div>
                </Td>
                <Td label="Last used" className="whitespace-nowrap text-fg-muted">
                  {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}
                </Td>
                <Td label="Expires" className="whitespace-nowrap text-fg-muted">
                  {key.expiresAt ? formatDateTime(key.expiresAt) : 'Never'}
                </Td>
                <Td label="Status">
                  <Badge tone={stateBadges[state].tone}>{stateBadges[state].label}</Badge>
                </Td>
                <Td className="text-right whitespace-nowrap">
                  {state === 'active' ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-danger"
                      onClick={() => {
                        onRevoke(key);
                      }}
                    >
                      Revoke<span className="sr-only"> {key.name}</span>
                    </Button>
                  ) : null}
                </Td>
              </tr>
            );
          }}
        </TableRows>
      </TBody>
    </Table>
  );
}
