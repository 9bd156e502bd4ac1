import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

export const renderedSchema = z.object({
  templateId: z.string(),
  version: z.number().int(),
  text: z.string(),
  tokens: z.number().int(),
  tokenizer: z.string(),
});

export type Rendered = z.infer<typeof renderedSchema>;

/** POST /api/v1/prompt-templates/{id}/render */
export function renderTemplate({
  id,
  variables,
  version,
}: {
  id: string;
  variables: Record<string, string | number | boolean>;
  version?: number | undefined;
}) {
  return apiRequest(`/api/v1/prompt-templates/${encodeURIComponent(id)}/render`, {
    method: 'POST',
    body: { variables, version },
    schema: renderedSchema,
  });
}

export function useRenderTemplate() {
  return useMutation({ mutationFn: renderTemplate, meta: { errorToast: false } });
}
