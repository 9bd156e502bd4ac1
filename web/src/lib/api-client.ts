import type { ZodType } from 'zod';

import { refreshSession, endSession } from '@/lib/auth-session';
import { authStore } from '@/lib/auth-store';
import { NetworkError, problemFromResponse, UnexpectedResponseError } from '@/lib/problem';

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Validates and types the JSON answer; omit for 204 answers. */
  schema?: ZodType<T>;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Send the Bearer token and refresh once on 401 (default true). */
  authenticated?: boolean;
  credentials?: RequestCredentials;
}

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send<T>(path: string, options: RequestOptions<T>, token: string | null) {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
      credentials: options.credentials ?? 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError('Network request failed', { cause: error });
  }
}

/**
 * The one way the app talks to the API: JSON in and out, Bearer token attached, one silent
 * refresh and retry on 401, and every error answer turned into a typed {@link ProblemError}.
 */
export async function apiRequest<T = void>(
  path: string,
  options: RequestOptions<T> = {},
): Promise<T> {
  const response = await okResponse(path, options);
  if (!options.schema) return undefined as T;

  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new UnexpectedResponseError(`${path}: the answer is not JSON`, { cause: error });
  }
  const parsed = options.schema.safeParse(data);
  if (!parsed.success) {
    throw new UnexpectedResponseError(`${path}: ${parsed.error.message}`, { cause: parsed.error });
  }
  return parsed.data;
}

/** A file the API answers with (e.g. a CSV export), with the name it suggests, through the same auth and errors. */
export async function apiDownload(
  path: string,
  options: Omit<RequestOptions<never>, 'schema'> & { accept: string },
): Promise<{ blob: Blob; fileName: string | undefined }> {
  const response = await okResponse(path, {
    ...options,
    headers: { ...options.headers, Accept: `${options.accept}, application/problem+json` },
  });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1];
  return { blob: await response.blob(), fileName };
}

/** The answer once it is known to be a success (401 refreshed once, errors thrown as problems). */
async function okResponse<T>(path: string, options: RequestOptions<T>): Promise<Response> {
  const authenticated = options.authenticated ?? true;
  const token = authenticated ? authStore.getState().accessToken : null;
  let response = await send(path, options, token);

  if (response.status === 401 && authenticated && token !== null) {
    if (await refreshSession()) {
      response = await send(path, options, authStore.getState().accessToken);
      if (response.status === 401) endSession();
    }
  }

  if (!response.ok) throw await problemFromResponse(response);
  return response;
}
