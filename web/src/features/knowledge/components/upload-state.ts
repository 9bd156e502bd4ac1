import type { KnowledgeDocument } from '@/features/knowledge/api/knowledge-schema';
import { processingPercent, statusLabel } from '@/features/knowledge/components/processing';

/** One file on its way: first the upload itself, then the document's way through the pipeline. */
export interface UploadItem {
  key: string;
  /** The file's name, or the address of a URL import. */
  fileName: string;
  size: number;
  /** `url` for an import from a web address (the server fetches it, there is no upload). */
  source?: 'file' | 'url' | undefined;
  /** Bytes of the request sent so far, of `total` (the multipart body, a little more than the file). */
  loaded: number;
  total: number;
  phase: 'uploading' | 'accepted' | 'rejected';
  documentId?: string | undefined;
  error?: string | undefined;
  /** Refused in the browser (too large, a type that cannot be read): nothing was sent. */
  notSent?: boolean | undefined;
}

export type UploadAction =
  | {
      type: 'added';
      files: { key: string; fileName: string; size: number; source?: 'file' | 'url' }[];
    }
  | { type: 'progress'; key: string; loaded: number; total: number }
  | { type: 'accepted'; key: string; documentId: string }
  | { type: 'rejected'; key: string; error: string }
  | { type: 'refused'; files: { key: string; fileName: string; size: number; reason: string }[] }
  | { type: 'dismissed'; key: string };

export function uploadsReducer(state: UploadItem[], action: UploadAction): UploadItem[] {
  switch (action.type) {
    case 'added':
      return [
        ...action.files.map((file) => ({
          ...file,
          loaded: 0,
          total: file.size,
          phase: 'uploading' as const,
        })),
        ...state,
      ];
    case 'progress':
      return state.map((item) =>
        item.key === action.key && item.phase === 'uploading'
          ? { ...item, loaded: Math.min(action.loaded, action.total), total: action.total }
          : item,
      );
    case 'accepted':
      return state.map((item) =>
        item.key === action.key
          ? { ...item, phase: 'accepted', loaded: item.total, documentId: action.documentId }
          : item,
      );
    case 'rejected':
      return state.map((item) =>
        item.key === action.key ? { ...item, phase: 'rejected', error: action.error } : item,
      );
    case 'refused':
      return [
        ...action.files.map(({ reason, ...file }) => ({
          ...file,
          loaded: 0,
          total: file.size,
          phase: 'rejected' as const,
          error: reason,
          notSent: true,
        })),
        ...state,
      ];
    case 'dismissed':
      return state.filter((item) => item.key !== action.key);
  }
}

export interface UploadRowView {
  label: string;
  percent: number;
  tone: 'accent' | 'success' | 'danger';
  reason?: string | null | undefined;
  finished: boolean;
}

/** What a row shows: the upload's progress, then the pipeline's stage and progress. */
export function uploadRowView(
  item: UploadItem,
  document: KnowledgeDocument | undefined,
): UploadRowView {
  if (item.phase === 'uploading' && item.source === 'url') {
    return { label: 'Requesting…', percent: 0, tone: 'accent', finished: false };
  }
  if (item.phase === 'uploading') {
    const percent = item.total > 0 ? Math.floor((100 * item.loaded) / item.total) : 0;
    return { label: `Uploading ${percent}%`, percent, tone: 'accent', finished: false };
  }
  if (item.phase === 'rejected') {
    return {
      label: item.notSent ? 'Not sent' : item.source === 'url' ? 'Import refused' : 'Upload failed',
      percent: 100,
      tone: 'danger',
      reason: item.error,
      finished: true,
    };
  }
  if (!document) return { label: 'Stored', percent: 0, tone: 'accent', finished: false };
  const { status, progress, statusReason } = document;
  const percent = processingPercent(status, progress);
  if (status === 'failed') {
    return { label: 'Failed', percent, tone: 'danger', reason: statusReason, finished: true };
  }
  if (status === 'indexed') return { label: 'Indexed', percent, tone: 'success', finished: true };
  const within = status === 'embedding' && progress > 0 ? ` ${progress}%` : '';
  return { label: `${statusLabel(status)}${within}…`, percent, tone: 'accent', finished: false };
}
