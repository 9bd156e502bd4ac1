import { useQueryClient } from '@tanstack/react-query';
import { useStore } from 'zustand';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import {
  embeddingModelQueryKey,
  isReembedding,
  reembeddingPercent,
  reembeddingSchema,
  useEmbeddingModel,
  type EmbeddingModel,
  type Reembedding,
} from '@/features/knowledge/api/embedding-model';
import { EmbeddingModelForm } from '@/features/knowledge/components/embedding-model-form';
import { describeError } from '@/lib/problem';
import { realtimeStatusStore } from '@/lib/realtime-client';
import { useRealtimeEvent } from '@/lib/realtime-events';

/**
 * A knowledge base's embedding model: everyone who reads it sees which model it uses;
 * knowledge-base administrators change it (built-in or an OpenAI-compatible endpoint), confirm
 * that its chunks are re-embedded, and follow the re-embedding live (`knowledge:reembedding`
 * events; polled instead while live updates are offline).
 */
export function EmbeddingModelPanel({
  knowledgeBaseId,
  canAdmin,
}: {
  knowledgeBaseId: string;
  canAdmin: boolean;
}) {
  const queryClient = useQueryClient();
  const live = useStore(realtimeStatusStore, (state) => state.status) === 'live';
  const current = useEmbeddingModel(knowledgeBaseId, !live);

  useRealtimeEvent('knowledge:reembedding', (data) => {
    const parsed = reembeddingSchema.safeParse(data);
    if (!parsed.success || parsed.data.knowledgeBaseId !== knowledgeBaseId) return;
    const event = parsed.data;
    queryClient.setQueryData<EmbeddingModel>(embeddingModelQueryKey(knowledgeBaseId), (model) =>
      model ? { ...model, reembedding: event } : model,
    );
  });

  const model = current.data;

  return (
    <Card
      title="Embedding model"
      description="The model that turns this knowledge base's passages into vectors for semantic search."
      className="mt-6"
    >
      {current.isError ? <Alert tone="error">{describeError(current.error)}</Alert> : null}
      {model ? <CurrentModel model={model} /> : null}
      {model?.reembedding ? <ReembeddingProgress reembedding={model.reembedding} /> : null}
      {canAdmin && model ? (
        <EmbeddingModelForm
          knowledgeBaseId={knowledgeBaseId}
          model={model}
          reembedding={isReembedding(model.reembedding)}
        />
      ) : null}
    </Card>
  );
}

function CurrentModel({ model }: { model: EmbeddingModel }) {
  return (
    <p className="text-sm text-fg">
      <span className="font-medium">{model.model}</span>{' '}
      <span className="text-fg-muted">
        · {model.provider === 'builtin' ? 'built-in' : 'OpenAI-compatible'} · {model.dimensions}{' '}
        dimensions
        {model.baseUrl ? ` · ${model.baseUrl}` : ''}
      </span>
    </p>
  );
}

const STATUS_TONES = {
  queued: 'neutral',
  running: 'accent',
  completed: 'success',
  failed: 'danger',
} as const;

function ReembeddingProgress({ reembedding }: { reembedding: Reembedding }) {
  const active = isReembedding(reembedding);
  return (
    <div className="mt-3 space-y-1" data-reembedding-id={reembedding.id}>
      <div className="flex items-center gap-2 text-sm">
        <Badge tone={STATUS_TONES[reembedding.status]}>{reembedding.status}</Badge>
        <span aria-live="polite" className="text-fg-muted">
          {reembedding.status === 'queued'
            ? 'Re-embedding waits to start…'
            : `${reembedding.done.toLocaleString()} of ${reembedding.total.toLocaleString()} chunks re-embedded`}
        </span>
      </div>
      {active ? (
        <ProgressBar value={reembeddingPercent(reembedding)} label="Re-embedding progress" />
      ) : null}
      {reembedding.error ? <p className="text-sm text-danger">{reembedding.error}</p> : null}
    </div>
  );
}
