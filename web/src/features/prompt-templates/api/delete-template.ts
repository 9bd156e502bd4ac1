import { useMutation, useQueryClient } from '@tanstack/react-query';

import { promptTemplatesQueryKey } from '@/features/prompt-templates/api/template-schema';
import { apiRequest } from '@/lib/api-client';

/** DELETE /api/v1/prompt-templates/{id} — with all its versions. */
export function deleteTemplate(id: string) {
  return apiRequest(`/api/v1/prompt-templates/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: promptTemplatesQueryKey }),
  });
}
