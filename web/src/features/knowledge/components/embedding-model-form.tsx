import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField } from '@/components/ui/form-field';
import { Input, Select } from '@/components/ui/input';
import {
  embeddingProviderSchema,
  useChangeEmbeddingModel,
  type EmbeddingModel,
  type EmbeddingModelInput,
} from '@/features/knowledge/api/embedding-model';
import { applyProblemToForm } from '@/lib/form-errors';

const SUPPORTED_DIMENSIONS = [256, 384, 512, 768, 1024, 1536, 3072];

/**
 * The form as typed (every field a string, the endpoint's fields kept while the built-in model is
 * chosen) and, once valid, the request it stands for.
 */
export const embeddingModelFormSchema = z
  .object({
    provider: embeddingProviderSchema,
    baseUrl: z.string().trim(),
    model: z.string().trim(),
    dimensions: z.string().trim(),
    apiKey: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.provider === 'builtin') return;
    const issue = (path: 'baseUrl' | 'model' | 'dimensions', message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (!/^https?:\/\/[^/\s]+/i.test(values.baseUrl)) {
      issue('baseUrl', 'The base URL must be an http:// or https:// address.');
    }
    if (!values.model) issue('model', 'Name the model, for example text-embedding-3-small.');
    if (values.dimensions && !SUPPORTED_DIMENSIONS.includes(Number(values.dimensions))) {
      issue('dimensions', `Dimensions must be one of ${SUPPORTED_DIMENSIONS.join(', ')}.`);
    }
  })
  .transform((values): EmbeddingModelInput => {
    if (values.provider === 'builtin') return { provider: 'builtin' };
    return {
      provider: 'openai-compatible',
      baseUrl: values.baseUrl,
      model: values.model,
      ...(values.dimensions ? { dimensions: Number(values.dimensions) } : {}),
      ...(values.apiKey ? { apiKey: values.apiKey } : {}),
    };
  });

type FormValues = z.input<typeof embeddingModelFormSchema>;

const FIELDS = ['provider', 'baseUrl', 'model', 'dimensions', 'apiKey'] as const;

/** The form starts from the model in use; the API key is never sent back, so it starts empty. */
function valuesOf(model: EmbeddingModel): FormValues {
  return {
    provider: model.provider,
    baseUrl: model.baseUrl ?? '',
    model: model.provider === 'openai-compatible' ? model.model : '',
    dimensions: '',
    apiKey: '',
  };
}

/**
 * Changes a knowledge base's embedding model (built-in or an OpenAI-compatible endpoint) after a
 * confirmation naming the chunks that will be re-embedded; disabled while a re-embedding runs.
 */
export function EmbeddingModelForm({
  knowledgeBaseId,
  model,
  reembedding,
}: {
  knowledgeBaseId: string;
  model: EmbeddingModel;
  reembedding: boolean;
}) {
  const change = useChangeEmbeddingModel(knowledgeBaseId);
  const [confirming, setConfirming] = useState<EmbeddingModelInput>();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<FormValues, unknown, EmbeddingModelInput>({
    resolver: zodResolver(embeddingModelFormSchema),
    defaultValues: valuesOf(model),
  });
  const provider = useWatch({ control, name: 'provider' });

  const onSubmit = handleSubmit((input) => {
    setFormError(undefined);
    setConfirming(input);
  });

  function confirm(input: EmbeddingModelInput) {
    change.mutate(input, {
      onSuccess: (saved) => {
        setConfirming(undefined);
        reset(valuesOf(saved));
      },
      onError: (error) => {
        setConfirming(undefined);
        setFormError(applyProblemToForm(error, setError, FIELDS));
      },
    });
  }

  return (
    <>
      <form
        aria-label="Change the embedding model"
        noValidate
        className="mt-4 grid gap-3 sm:grid-cols-2"
        onSubmit={onSubmit}
      >
        <FormField label="Provider" error={errors.provider?.message}>
          {(field) => (
            <Select {...field} {...register('provider')}>
              <option value="builtin">Built-in (all-MiniLM-L6-v2, in-process)</option>
              <option value="openai-compatible">OpenAI-compatible endpoint</option>
            </Select>
          )}
        </FormField>
        {provider === 'openai-compatible' ? (
          <>
            <FormField
              label="Base URL"
              hint="For example https://api.openai.com/v1"
              error={errors.baseUrl?.message}
            >
              {(field) => (
                <Input {...field} type="url" autoComplete="off" {...register('baseUrl')} />
              )}
            </FormField>
            <FormField label="Model" error={errors.model?.message}>
              {(field) => <Input {...field} autoComplete="off" {...register('model')} />}
            </FormField>
            <FormField
              label="Dimensions"
              optional
              hint={SUPPORTED_DIMENSIONS.join(', ')}
              error={errors.dimensions?.message}
            >
              {(field) => <Input {...field} inputMode="numeric" {...register('dimensions')} />}
            </FormField>
            <FormField
              label="API key"
              optional
              hint={model.apiKeySet ? 'A key is saved; leave empty to keep it.' : undefined}
              error={errors.apiKey?.message}
            >
              {(field) => (
                <Input
                  {...field}
                  type="password"
                  autoComplete="new-password"
                  {...register('apiKey')}
                />
              )}
            </FormField>
          </>
        ) : null}
        {formError ? (
          <Alert tone="error" className="sm:col-span-2">
            {formError}
          </Alert>
        ) : null}
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary" disabled={reembedding || change.isPending}>
            Change model
          </Button>
        </div>
      </form>
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
        This re-embeds {model.chunkCount.toLocaleString()}{' '}
        {model.chunkCount === 1 ? 'chunk' : 'chunks'} with the new model. Search keeps finding every
        document meanwhile.
      </ConfirmDialog>
    </>
  );
}
