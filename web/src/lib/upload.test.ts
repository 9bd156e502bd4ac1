import { z } from 'zod';

import { authStore } from '@/lib/auth-store';
import { ProblemError } from '@/lib/problem';
import { uploadRequest } from '@/lib/upload';

/** Stands in for the browser's XMLHttpRequest: reports progress, then answers as told. */
class ScriptedXhr {
  static answer: { status: number; body: string; headers: string } = {
    status: 202,
    body: '{}',
    headers: '',
  };
  static sent: ScriptedXhr[] = [];

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  private responseHeaders = '';

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getAllResponseHeaders() {
    return this.responseHeaders;
  }
  abort() {
    this.onabort?.();
  }
  send(body: unknown) {
    this.body = body;
    ScriptedXhr.sent.push(this);
    queueMicrotask(() => {
      for (const loaded of [50, 100]) {
        this.upload.onprogress?.({ lengthComputable: true, loaded, total: 100 } as ProgressEvent);
      }
      this.status = ScriptedXhr.answer.status;
      this.responseText = ScriptedXhr.answer.body;
      this.responseHeaders = ScriptedXhr.answer.headers;
      this.onload?.();
    });
  }
}

beforeEach(() => {
  ScriptedXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', ScriptedXhr);
  authStore.getState().setSession('token-1', 300);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uploadRequest', () => {
  it('posts the form with the Bearer token, reports progress and parses the answer', async () => {
    ScriptedXhr.answer = {
      status: 202,
      body: '{"id":"d1"}',
      headers: 'Content-Type: application/json\r\n',
    };
    const progress: number[] = [];
    const form = new FormData();
    form.append('title', 'A');

    const answer = await uploadRequest('/api/v1/x', form, {
      schema: z.object({ id: z.string() }),
      onProgress: ({ loaded, total }) => progress.push(loaded / total),
    });

    expect(answer).toEqual({ id: 'd1' });
    expect(progress).toEqual([0.5, 1]);
    const [request] = ScriptedXhr.sent;
    expect(request?.method).toBe('POST');
    expect(request?.headers.Authorization).toBe('Bearer token-1');
    expect(request?.body).toBe(form);
  });

  it('turns an error answer into a ProblemError with the server detail', async () => {
    ScriptedXhr.answer = {
      status: 413,
      body: '{"type":"https://aigentforce.dev/problems/payload-too-large","title":"Payload Too Large","status":413,"detail":"The file is larger than 50 MiB"}',
      headers: 'Content-Type: application/problem+json\r\nX-Request-Id: r-1\r\n',
    };
    const failure = uploadRequest('/api/v1/x', new FormData(), { schema: z.object({}) });
    await expect(failure).rejects.toBeInstanceOf(ProblemError);
    await expect(failure).rejects.toMatchObject({
      status: 413,
      detail: 'The file is larger than 50 MiB',
      requestId: 'r-1',
    });
  });
});
