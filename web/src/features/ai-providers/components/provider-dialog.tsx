import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input, Select, Textarea } from '@/components/ui/input';
import {
  providerKindLabels,
  providerKinds,
  type Provider,
} from '@/features/ai-providers/api/provider-schema';
import { useSaveProvider, type ProviderInput } from '@/features/ai-providers/api/save-provider';
import { applyProblemToForm } from '@/lib/form-errors';

const baseUrlHints: Record<(typeof providerKinds)[number], string> = {
  openai: 'For example https://api.openai.com/v1 or http://vllm.internal:8000/v1.',
  ollama: 'For example http://ollama.internal:11434.',
  anthropic: 'For example https://api.anthropic.com/v1/.',
};

const providerFormSchema = z.object({
  name: z.string().trim().min(1, 'Name the provider.').max(100),
  kind: z.enum(providerKinds),
  baseUrl: z
    .string()
    .trim()
    .min(1, 'Enter the base URL.')
    .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'Enter an http:// or https:// URL.'),
  apiKey: z.string().max(4000),
  removeKey: z.boolean(),
  defaultModel: z.string().trim().max(200),
  extraModels: z.string().max(4000),
});

type ProviderFormValues = z.infer<typeof providerFormSchema>;

export interface ProviderDialogProps {
  open: boolean;
  /** The provider being edited; absent to add one. */
  provider?: Provider | undefined;
  onClose: () => void;
}

export function ProviderDialog({ open, provider, onClose }: ProviderDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={provider ? `Edit ${provider.name}` : 'Add a model provider'}
      size="lg"
    >
      <ProviderForm key={provider?.id ?? 'new'} provider={provider} onDone={onClose} />
    </Dialog>
  );
}

function ProviderForm({
  provider,
  onDone,
}: {
  provider?: Provider | undefined;
  onDone: () => void;
}) {
  const save = useSaveProvider();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors },
  } = useForm<ProviderFormValues>({
    resolver: zodResolver(providerFormSchema),
    defaultValues: {
      name: provider?.name ?? '',
      kind: provider?.kind ?? 'openai',
      baseUrl: provider?.baseUrl ?? '',
      apiKey: '',
      removeKey: false,
      defaultModel: provider?.defaultModel ?? '',
      extraModels: (provider?.models ?? []).map((m) => m.name).join('\n'),
    },
  });
  const kind = useWatch({ control, name: 'kind' });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    // configured models keep their settings (prices); new names are added, removed names dropped
    const existing = new Map((provider?.models ?? []).map((m) => [m.name, m]));
    const names = [
      ...new Set(
        values.extraModels
          .split('\n')
          .map((n) => n.trim())
          .filter(Boolean),
      ),
    ];
    const input: ProviderInput = {
      name: values.name,
      kind: values.kind,
      baseUrl: values.baseUrl,
      defaultModel: values.defaultModel || null,
      models: names.map((name) => existing.get(name) ?? { name }),
    };
    if (values.removeKey) input.apiKey = null;
    else if (values.apiKey.trim()) input.apiKey = values.apiKey.trim();
    save.mutate(
      { id: provider?.id, input },
      {
        onSuccess: onDone,
        onError: (error) => {
          setFormError(
            applyProblemToForm(error, setError, [
              'name',
              'kind',
              'baseUrl',
              'apiKey',
              'defaultModel',
            ]),
          );
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="off" {...register('name')} />}
      </FormField>
      <FormField label="Kind" error={errors.kind?.message}>
        {(field) => (
          <Select {...field} {...register('kind')}>
            {providerKinds.map((k) => (
              <option key={k} value={k}>
                {providerKindLabels[k]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        label="Base URL"
        error={errors.baseUrl?.message}
        hint={`${baseUrlHints[kind]} Internal addresses need AIGENTFORCE_OUTBOUND_ALLOW.`}
      >
        {(field) => <Input {...field} type="url" autoComplete="off" {...register('baseUrl')} />}
      </FormField>
      <FormField
        label="API key"
        optional
        error={errors.apiKey?.message}
        hint={
          provider?.apiKeySet
            ? 'A key is set. Leave empty to keep it, or type a new one to replace it.'
            : kind === 'ollama'
              ? 'Ollama has no API keys.'
              : 'Stored encrypted; it is never shown again.'
        }
      >
        {(field) => (
          <Input {...field} type="password" autoComplete="new-password" {...register('apiKey')} />
        )}
      </FormField>
      {provider?.apiKeySet ? (
        <Checkbox label="Remove the saved key" {...register('removeKey')} />
      ) : null}
      <FormField
        label="Default model"
        optional
        error={errors.defaultModel?.message}
        hint="Used when an assistant names no model."
      >
        {(field) => <Input {...field} autoComplete="off" {...register('defaultModel')} />}
      </FormField>
      <FormField
        label="Models not in the provider's list"
        optional
        error={errors.extraModels?.message}
        hint="One model name per line, for servers that do not list all their models."
      >
        {(field) => (
          <Textarea {...field} rows={3} className="font-mono" {...register('extraModels')} />
        )}
      </FormField>
      <DialogActions>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          {provider ? 'Save provider' : 'Add provider'}
        </Button>
      </DialogActions>
    </form>
  );
}
