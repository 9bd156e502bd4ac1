import { useMutation, useQueryClient } from '@tanstack/react-query';

import {
  promptTemplatesQueryKey,
  templateSchema,
  type TemplateInput,
} from '@/features/prompt-templates/api/template-schema';
import { apiRequest } from '@/lib/api-client';

/** POST /api/v1/prompt-templates (version 1), or PUT /api/v1/prompt-templates/{id} (the next version). */
export function saveTemplate({ id, input }: { id?: string | undefined; input: TemplateInput }) {
  return apiRequest(
    id ? `/api/v1/prompt-templates/${encodeURIComponent(id)}` : '/api/v1/prompt-templates',
    { method: id ? 'PUT' : 'POST', body: input, schema: templateSchema },
  );
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: promptTemplatesQueryKey }),
    meta: { errorToast: false },
  });
}
