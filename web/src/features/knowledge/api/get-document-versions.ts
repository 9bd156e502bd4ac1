import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { documentsQueryKey, versionSchema } from '@/features/knowledge/api/knowledge-schema';
import { processingRefetchInterval } from '@/features/knowledge/api/processing-updates';
import { apiRequest } from '@/lib/api-client';

/** GET /api/v1/documents/{id}/versions — newest first. */
export function getDocumentVersions(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/v1/documents/${encodeURIComponent(id)}/versions`, {
    schema: z.array(versionSchema),
    signal,
  });
}

/** What the document (polled on its own) says about its versions; a change refetches the list. */
export interface VersionsSnapshot {
  latestVersion: number;
  currentVersion: number | null | undefined;
  status: string;
}

export function documentVersionsQueryOptions(id: string, snapshot: VersionsSnapshot) {
  return queryOptions({
    queryKey: [
      ...documentsQueryKey,
      'versions',
      id,
      snapshot.latestVersion,
      snapshot.currentVersion ?? null,
      snapshot.status,
    ],
    queryFn: ({ signal }) => getDocumentVersions(id, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      processingRefetchInterval(
        query.state.data?.map((version) => ({
          status: version.status,
          uploadedBy: version.createdBy,
        })),
      ),
  });
}

export function useDocumentVersions(id: string, snapshot: VersionsSnapshot) {
  return useQuery(documentVersionsQueryOptions(id, snapshot));
}
