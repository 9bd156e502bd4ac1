import type { ZodType } from 'zod';

import { refreshSession } from '@/lib/auth-session';
import { authStore } from '@/lib/auth-store';
import { NetworkError, problemFromResponse, UnexpectedResponseError } from '@/lib/problem';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions<T> {
  /** Validates and types the JSON answer. */
  schema: ZodType<T>;
  /** Called as the request body goes out (bytes sent so far, of total). */
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal | undefined;
}

/** One multipart POST over XMLHttpRequest, the one browser API that reports upload progress. */
function post(
  path: string,
  body: FormData,
  token: string | null,
  onProgress: UploadOptions<unknown>['onProgress'],
  signal: AbortSignal | undefined,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      // A Response has no body for these statuses; keep the rest as sent.
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(empty ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers,
        }),
      );
    };
    xhr.onerror = () => {
      reject(new NetworkError('Upload failed'));
    };
    xhr.onabort = () => {
      reject(new DOMException('Upload aborted', 'AbortError'));
    };
    if (signal?.aborted) {
      reject(new DOMException('Upload aborted', 'AbortError'));
      return;
    }
    signal?.addEventListener('abort', () => {
      xhr.abort();
    });
    xhr.send(body);
  });
}

/**
 * Uploads multipart form data with progress reports; otherwise behaves like `apiRequest`: Bearer
 * token attached, one silent refresh and retry on 401, error answers turned into a ProblemError.
 */
export async function uploadRequest<T>(
  path: string,
  body: FormData,
  { schema, onProgress, signal }: UploadOptions<T>,
): Promise<T> {
  const token = authStore.getState().accessToken;
  let response = await post(path, body, token, onProgress, signal);
  if (response.status === 401 && token !== null && (await refreshSession())) {
    response = await post(path, body, authStore.getState().accessToken, onProgress, signal);
  }
  if (!response.ok) throw await problemFromResponse(response);

  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new UnexpectedResponseError(`${path}: the answer is not JSON`, { cause: error });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new UnexpectedResponseError(`${path}: ${parsed.error.message}`, { cause: parsed.error });
  }
  return parsed.data;
}
