import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import { providerKindLabels, type Provider } from '@/features/ai-providers/api/provider-schema';

export function ProvidersTable({
  providers,
  loading,
  error,
  testing,
  onTest,
  onEdit,
  onDelete,
}: {
  providers: Provider[] | undefined;
  loading: boolean;
  error: string | undefined;
  /** The provider whose connection test is running. */
  testing: string | undefined;
  onTest: (provider: Provider) => void;
  onEdit: (provider: Provider) => void;
  onDelete: (provider: Provider) => void;
}) {
  return (
    <Table caption="Model providers of your organisation">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Kind</Th>
          <Th>Base URL</Th>
          <Th>API key</Th>
          <Th>Default model</Th>
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        <TableRows
          items={providers}
          loading={loading}
          error={error}
          colSpan={6}
          loadingLabel="Loading providers…"
          empty="No model providers yet. Without one, assistants quote the most relevant passages."
        >
          {(provider) => (
            <tr key={provider.id}>
              <Td className="font-medium text-fg">{provider.name}</Td>
              <Td>{providerKindLabels[provider.kind]}</Td>
              <Td>
                <code className="font-mono text-xs break-all text-fg-muted">
                  {provider.baseUrl}
                </code>
              </Td>
              <Td>
                {provider.apiKeySet ? <Badge tone="success">Set</Badge> : <Badge>None</Badge>}
              </Td>
              <Td className="text-fg-muted">{provider.defaultModel ?? '—'}</Td>
              <Td className="text-right whitespace-nowrap">
                <Button
                  size="sm"
                  variant="secondary"
                  loading={testing === provider.id}
                  onClick={() => {
                    onTest(provider);
                  }}
                >
                  Test connection<span className="sr-only"> of {provider.name}</span>
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => {
                    onEdit(provider);
                  }}
                >
                  Edit<span className="sr-only"> {provider.name}</span>
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="text-danger"
                  onClick={() => {
                    onDelete(provider);
                  }}
                >
                  Delete<span className="sr-only"> {provider.name}</span>
                </Button>
              </Td>
            </tr>
          )}
        </TableRows>
      </TBody>
    </Table>
  );
}
