import type { KnowledgeDocument } from '@/features/knowledge/api/knowledge-schema';
import {
  uploadRowView,
  uploadsReducer,
  type UploadItem,
} from '@/features/knowledge/components/upload-state';

function added(): UploadItem[] {
  return uploadsReducer([], {
    type: 'added',
    files: [
      { key: 'a', fileName: 'a.pdf', size: 1000 },
      { key: 'b', fileName: 'b.txt', size: 10 },
    ],
  });
}

function document(status: KnowledgeDocument['status'], progress = 0, reason?: string) {
  return {
    id: 'd1',
    knowledgeBaseId: 'kb',
    title: 'A',
    status,
    progress,
    statusReason: reason,
    latestVersion: 1,
    size: 1000,
  } as KnowledgeDocument;
}

describe('uploadsReducer', () => {
  it('shows a file refused in the browser as not sent, with its reason, ahead of the others', () => {
    const state = uploadsReducer(added(), {
      type: 'refused',
      files: [
        { key: 'x', fileName: 'setup.exe', size: 5, reason: "This file type can't be read." },
      ],
    });
    expect(state.map((item) => item.key)).toEqual(['x', 'a', 'b']);
    expect(uploadRowView(state[0]!, undefined)).toMatchObject({
      label: 'Not sent',
      tone: 'danger',
      reason: "This file type can't be read.",
      finished: true,
    });
  });

  it('tracks each file on its own, from the upload to the accepted document', () => {
    let state = added();
    state = uploadsReducer(state, { type: 'progress', key: 'a', loaded: 400, total: 1100 });
    expect(uploadRowView(state[0]!, undefined)).toMatchObject({
      label: 'Uploading 36%',
      percent: 36,
      finished: false,
    });
    expect(uploadRowView(state[1]!, undefined).percent).toBe(0);

    state = uploadsReducer(state, { type: 'accepted', key: 'a', documentId: 'd1' });
    expect(state[0]).toMatchObject({
      phase: 'accepted',
      documentId: 'd1',
      loaded: 1100,
      size: 1000,
    });
    expect(state[1]).toMatchObject({ phase: 'uploading' });
  });

  it('never reports more than was sent in total, and ignores progress after acceptance', () => {
    let state = uploadsReducer(added(), { type: 'progress', key: 'b', loaded: 12, total: 11 });
    expect(uploadRowView(state[1]!, undefined).percent).toBe(100);
    state = uploadsReducer(state, { type: 'accepted', key: 'b', documentId: 'd2' });
    state = uploadsReducer(state, { type: 'progress', key: 'b', loaded: 1, total: 11 });
    expect(state[1]?.loaded).toBe(11);
  });

  it('keeps the reason of a rejected upload and drops dismissed rows', () => {
    let state = uploadsReducer(added(), { type: 'rejected', key: 'a', error: 'Too large' });
    expect(uploadRowView(state[0]!, undefined)).toMatchObject({
      label: 'Upload failed',
      tone: 'danger',
      reason: 'Too large',
      finished: true,
    });
    state = uploadsReducer(state, { type: 'dismissed', key: 'a' });
    expect(state.map((item) => item.key)).toEqual(['b']);
  });
});

describe('uploadRowView after the upload', () => {
  const accepted: UploadItem = {
    key: 'a',
    fileName: 'a.pdf',
    size: 10,
    loaded: 12,
    total: 12,
    phase: 'accepted',
    documentId: 'd1',
  };

  it('follows the pipeline stage by stage until indexed', () => {
    expect(uploadRowView(accepted, undefined)).toMatchObject({ label: 'Stored', percent: 0 });
    expect(uploadRowView(accepted, document('extracting'))).toMatchObject({
      label: 'Extracting…',
      percent: 10,
    });
    expect(uploadRowView(accepted, document('embedding', 50))).toMatchObject({
      label: 'Embedding 50%…',
      percent: 75,
    });
    expect(uploadRowView(accepted, document('indexed', 100))).toMatchObject({
      label: 'Indexed',
      percent: 100,
      tone: 'success',
      finished: true,
    });
  });

  it('shows a failed document with the reason the server gave', () => {
    expect(uploadRowView(accepted, document('failed', 0, 'encrypted PDF'))).toMatchObject({
      label: 'Failed',
      tone: 'danger',
      reason: 'encrypted PDF',
      finished: true,
    });
  });
});
