import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PlusIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { toast } from '@/components/ui/toast-store';
import { useDeleteProvider } from '@/features/ai-providers/api/delete-provider';
import { useModels } from '@/features/ai-providers/api/get-models';
import { useProviders } from '@/features/ai-providers/api/get-providers';
import type { ConnectionTest, Model, Provider } from '@/features/ai-providers/api/provider-schema';
import { useTestProvider } from '@/features/ai-providers/api/test-provider';
import { ModelPricesDialog } from '@/features/ai-providers/components/model-prices-dialog';
import { ModelsTable } from '@/features/ai-providers/components/models-table';
import { ProviderDialog } from '@/features/ai-providers/components/provider-dialog';
import { ProvidersTable } from '@/features/ai-providers/components/providers-table';
import { describeError, ProblemError } from '@/lib/problem';

type TestOutcome =
  | { provider: Provider; ok: true; result: ConnectionTest }
  | { provider: Provider; ok: false; message: string };

/** The provider's own words matter here, so a failed test shows the problem's detail even for a 502. */
function testFailure(error: unknown): string {
  if (error instanceof ProblemError && error.detail && /ai-provider|outbound/.test(error.type)) {
    return error.detail;
  }
  return describeError(error);
}

export function AiProvidersRoute() {
  const providers = useProviders();
  const models = useModels();
  const test = useTestProvider();
  const remove = useDeleteProvider();
  const [editing, setEditing] = useState<{ provider?: Provider } | undefined>();
  const [deleting, setDeleting] = useState<Provider>();
  const [pricing, setPricing] = useState<Model>();
  const [outcome, setOutcome] = useState<TestOutcome>();

  const runTest = (provider: Provider) => {
    setOutcome(undefined);
    test.mutate(provider.id, {
      onSuccess: (result) => {
        setOutcome({ provider, ok: true, result });
      },
      onError: (error) => {
        setOutcome({ provider, ok: false, message: testFailure(error) });
      },
    });
  };

  return (
    <>
      <PageHeader
        title="AI providers"
        description="The language models your organisation's assistants use: hosted (OpenAI, Anthropic) or your own (Ollama, vLLM, LM Studio and other OpenAI-compatible servers)."
        actions={
          <Button
            onClick={() => {
              setEditing({});
            }}
          >
            <PlusIcon className="size-4" />
            Add provider
          </Button>
        }
      />
      <div className="space-y-6">
        {outcome ? (
          outcome.ok ? (
            <Alert
              tone="success"
              title={`${outcome.provider.name}: connected in ${String(outcome.result.latencyMs)} ms`}
            >
              {outcome.result.models.length > 0
                ? `Models: ${outcome.result.models.join(', ')}`
                : 'The provider lists no models; name them when editing it.'}
            </Alert>
          ) : (
            <Alert tone="error" title={`${outcome.provider.name}: the connection test failed`}>
              {outcome.message}
            </Alert>
          )
        ) : null}
        <ProvidersTable
          providers={providers.data?.items}
          loading={providers.isPending}
          error={providers.isError ? describeError(providers.error) : undefined}
          testing={test.isPending ? test.variables : undefined}
          onTest={runTest}
          onEdit={(provider) => {
            setEditing({ provider });
          }}
          onDelete={setDeleting}
        />
        <section aria-labelledby="models-heading" className="space-y-3">
          <h2 id="models-heading" className="text-base font-semibold text-fg">
            Models and prices
          </h2>
          <ModelsTable
            models={models.data?.items}
            loading={models.isPending}
            error={models.isError ? describeError(models.error) : undefined}
            onEditPrices={setPricing}
          />
        </section>
      </div>
      <ProviderDialog
        open={editing !== undefined}
        provider={editing?.provider}
        onClose={() => {
          setEditing(undefined);
        }}
      />
      <ModelPricesDialog
        model={pricing}
        onClose={() => {
          setPricing(undefined);
        }}
      />
      <ConfirmDialog
        open={deleting !== undefined}
        title="Delete provider?"
        confirmLabel="Delete provider"
        pending={remove.isPending}
        onCancel={() => {
          setDeleting(undefined);
        }}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast.success(`Provider ${deleting.name} deleted.`);
              setDeleting(undefined);
              setOutcome(undefined);
            },
          });
        }}
      >
        Assistants using <strong className="text-fg">{deleting?.name}</strong> can no longer
        generate with it.
      </ConfirmDialog>
    </>
  );
}
