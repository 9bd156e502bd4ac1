import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import { formatPrice, type Model } from '@/features/ai-providers/api/provider-schema';

export function ModelsTable({
  models,
  loading,
  error,
  onEditPrices,
}: {
  models: Model[] | undefined;
  loading: boolean;
  error: string | undefined;
  onEditPrices: (model: Model) => void;
}) {
  return (
    <Table caption="Models the providers offer, with prices per million tokens">
      <THead>
        <tr>
          <Th>Model</Th>
          <Th>Provider</Th>
          <Th>Context</Th>
          <Th>Tools</Th>
          <Th className="text-right">Input / 1M</Th>
          <Th className="text-right">Output / 1M</Th>
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        <TableRows
          items={models}
          loading={loading}
          error={error}
          colSpan={7}
          loadingLabel="Loading models…"
          empty="No models yet: add a provider, or name its models."
        >
          {(model) => (
            <tr key={model.id}>
              <Td>
                <code className="font-mono text-sm text-fg">{model.name}</code>
                {model.listedByProvider ? null : (
                  <Badge className="ml-2" tone="neutral">
                    configured
                  </Badge>
                )}
              </Td>
              <Td className="text-fg-muted">{model.providerName}</Td>
              <Td className="text-fg-muted">{model.contextWindow?.toLocaleString() ?? '—'}</Td>
              <Td className="text-fg-muted">
                {model.supportsTools === true ? 'Yes' : model.supportsTools === false ? 'No' : '—'}
              </Td>
              <Td className="text-right tabular-nums">{formatPrice(model.inputPricePer1M)}</Td>
              <Td className="text-right tabular-nums">{formatPrice(model.outputPricePer1M)}</Td>
              <Td className="text-right whitespace-nowrap">
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => {
                    onEditPrices(model);
                  }}
                >
                  Edit prices<span className="sr-only"> of {model.name}</span>
                </Button>
              </Td>
            </tr>
          )}
        </TableRows>
      </TBody>
    </Table>
  );
}
