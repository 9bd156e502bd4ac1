import { z } from 'zod';

export const providerKinds = ['openai', 'ollama', 'anthropic'] as const;
export type ProviderKind = (typeof providerKinds)[number];

export const providerKindLabels: Record<ProviderKind, string> = {
  openai: 'OpenAI-compatible',
  ollama: 'Ollama',
  anthropic: 'Anthropic',
};

/** A configured model: facts the provider does not report and prices per million tokens. */
export const modelSettingsSchema = z.object({
  name: z.string(),
  contextWindow: z.number().int().nullish(),
  supportsTools: z.boolean().nullish(),
  supportsStreaming: z.boolean().nullish(),
  inputPricePer1M: z.number().nullish(),
  outputPricePer1M: z.number().nullish(),
});

export type ModelSettings = z.infer<typeof modelSettingsSchema>;

/** A provider as the server answers it: never its API key, only whether one is saved. */
export const providerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(providerKinds),
  baseUrl: z.string(),
  apiKeySet: z.boolean(),
  defaultModel: z.string().nullish(),
  models: z.array(modelSettingsSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Provider = z.infer<typeof providerSchema>;

/** A usable model; `id` is `<provider id>:<model name>`. */
export const modelSchema = z.object({
  id: z.string(),
  provider: z.string(),
  providerName: z.string(),
  name: z.string(),
  contextWindow: z.number().int().nullish(),
  supportsTools: z.boolean().nullish(),
  supportsStreaming: z.boolean(),
  inputPricePer1M: z.number().nullish(),
  outputPricePer1M: z.number().nullish(),
  listedByProvider: z.boolean(),
  configured: z.boolean(),
});

export type Model = z.infer<typeof modelSchema>;

export const connectionTestSchema = z.object({
  ok: z.boolean(),
  latencyMs: z.number(),
  models: z.array(z.string()),
});

export type ConnectionTest = z.infer<typeof connectionTestSchema>;

/** A price as typed in a form: empty means "not set" (null); otherwise a non-negative number. */
export function priceFromInput(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return Number(trimmed);
}

export function formatPrice(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toString();
}
