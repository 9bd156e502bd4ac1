import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useStore } from 'zustand';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField } from '@/components/ui/form-field';
import { Input, Select } from '@/components/ui/input';
import { ProgressBar } from '@/components/ui/progress-bar';
import {
  embeddingModelQueryKey,
  isReembedding,
  reembeddingPercent,
  reembeddingSchema,
  useChangeEmbeddingModel,
  useEmbeddingModel,
  type EmbeddingModel,
  type EmbeddingModelInput,
  type EmbeddingProvider,
  type Reembedding,
} from '@/features/knowledge/api/embedding-model';
import { describeError, ProblemError } from '@/lib/problem';
import { realtimeStatusStore } from '@/lib/realtime-client';
import { useRealtimeEvent } from '@/lib/realtime-events';

const SUPPORTED_DIMENSIONS = [256, 384, 512, 768, 1024, 1536, 3072];

interface Draft {
  provider: EmbeddingProvider;
  baseUrl: string;
  model: string;
  dimensions: string;
  apiKey: string;
}

/** The request a draft stands for, or the first thing wrong with it. */
export function toInput(draft: Draft): { input: EmbeddingModelInput } | { error: string } {
  if (draft.provider === 'builtin') return { input: { provider: 'builtin' } };
  const baseUrl = draft.baseUrl.trim();
  if (!/^https?:\/\/[^/\s]+/i.test(baseUrl)) {
    return { error: 'The base URL must be an http:// or https:// address.' };
  }
  const model = draft.model.trim();
  if (!model) return { error: 'Name the model, for example text-embedding-3-small.' };
  const dimensions = draft.dimensions.trim() === '' ? undefined : Number(draft.dimensions);
  if (dimensions !== undefined && !SUPPORTED_DIMENSIONS.includes(dimensions)) {
    return { error: `Dimensions must be one of ${SUPPORTED_DIMENSIONS.join(', ')}.` };
  }
  return {
    input: {
      provider: 'openai-compatible',
      baseUrl,
      model,
      ...(dimensions === undefined ? {} : { dimensions }),
      ...(draft.apiKey ? { apiKey: draft.apiKey } : {}),
    },
  };
}

/** The field errors of a refused change if any (dimensions, base URL…), else its detail. */
function problemMessage(failure: unknown): string {
  if (failure instanceof ProblemError) {
    if (failure.fieldErrors.length > 0) {
      return failure.fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
    }
    if (failure.detail) return failure.detail;
  }
  return describeError(failure);
}

function draftOf(model: EmbeddingModel | undefined): Draft {
  return {
    provider: model?.provider ?? 'builtin',
    baseUrl: model?.baseUrl ?? '',
    model: model?.provider === 'openai-compatible' ? model.model : '',
    dimensions: '',
    apiKey: '',
  };
}

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
  const change = useChangeEmbeddingModel(knowledgeBaseId);
  const [draft, setDraft] = useState<Draft>();
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState<EmbeddingModelInput>();

  useRealtimeEvent('knowledge:reembedding', (data) => {
    const parsed = reembeddingSchema.safeParse(data);
    if (!parsed.success || parsed.data.knowledgeBaseId !== knowledgeBaseId) return;
    const event = parsed.data;
    queryClient.setQueryData<EmbeddingModel>(embeddingModelQueryKey(knowledgeBaseId), (model) =>
      model ? { ...model, reembedding: event } : model,
    );
  });

  const model = current.data;
  const editing = draft ?? draftOf(model);
  const running = isReembedding(model?.reembedding);

  function update(patch: Partial<Draft>) {
    setDraft({ ...editing, ...patch });
  }

  function submit() {
    const checked = toInput(editing);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setError(undefined);
    setConfirming(checked.input);
  }

  function confirm(input: EmbeddingModelInput) {
    change.mutate(input, {
      onSuccess: () => {
        setDraft(undefined);
        setConfirming(undefined);
      },
      onError: (failure) => {
        setConfirming(undefined);
        setError(problemMessage(failure));
      },
    });
  }

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
        <form
          aria-label="Change the embedding model"
          noValidate
          className="mt-4 grid gap-3 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <FormField label="Provider">
            {(field) => (
              <Select
                {...field}
                value={editing.provider}
                onChange={(event) => {
                  update({ provider: event.target.value as EmbeddingProvider });
                }}
              >
                <option value="builtin">Built-in (all-MiniLM-L6-v2, in-process)</option>
                <option value="openai-compatible">OpenAI-compatible endpoint</option>
              </Select>
            )}
          </FormField>
          {editing.provider === 'openai-compatible' ? (
            <>
              <FormField label="Base URL" hint="For example https://api.openai.com/v1">
                {(field) => (
                  <Input
                    {...field}
                    type="url"
                    autoComplete="off"
                    value={editing.baseUrl}
                    onChange={(event) => {
                      update({ baseUrl: event.target.value });
                    }}
                  />
                )}
              </FormField>
              <FormField label="Model">
                {(field) => (
                  <Input
                    {...field}
                    autoComplete="off"
                    value={editing.model}
                    onChange={(event) => {
                      update({ model: event.target.value });
                    }}
                  />
                )}
              </FormField>
              <FormField label="Dimensions" optional hint={SUPPORTED_DIMENSIONS.join(', ')}>
                {(field) => (
                  <Input
                    {...field}
                    inputMode="numeric"
                    value={editing.dimensions}
                    onChange={(event) => {
                      update({ dimensions: event.target.value });
                    }}
                  />
                )}
              </FormField>
              <FormField
                label="API key"
                optional
                hint={model.apiKeySet ? 'A key is saved; leave empty to keep it.' : undefined}
              >
                {(field) => (
                  <Input
                    {...field}
                    type="password"
                    autoComplete="new-password"
                    value={editing.apiKey}
                    onChange={(event) => {
                      update({ apiKey: event.target.value });
                    }}
                  />
                )}
              </FormField>
            </>
          ) : null}
          {error ? (
            <Alert tone="error" className="sm:col-span-2">
              {error}
            </Alert>
          ) : null}
          <div className="sm:col-span-2">
            <Button type="submit" disabled={running || change.isPending}>
              Change model
            </Button>
          </div>
        </form>
      ) : null}
      <ConfirmDialog
        open={confirming !== undefined}
        title="Change the embedding model?"
        confirmLabel="Change and re-embed"
        pending={change.isPending}
        onCancel={() => {
          setConfirming(undefined);
        }}
        onConfirm={() => {
          if (confirming) confirm(confirming);
        }}
      >
        This re-embeds {model?.chunkCount.toLocaleString() ?? 0}{' '}
        {model?.chunkCount === 1 ? 'chunk' : 'chunks'} with the new model. Search keeps finding
        every document meanwhile.
      </ConfirmDialog>
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
