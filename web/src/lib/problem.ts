import { z } from 'zod';

/** One entry of an RFC 9457 problem's `errors` array (validation failures, status 422). */
export interface FieldError {
  field: string;
  message: string;
}

const problemSchema = z.object({
  type: z.string().nullish(),
  title: z.string().nullish(),
  status: z.number().nullish(),
  detail: z.string().nullish(),
  instance: z.string().nullish(),
  requestId: z.string().nullish(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).nullish(),
});

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string | undefined;
  instance?: string | undefined;
  requestId?: string | undefined;
  errors: FieldError[];
  retryAfterSeconds?: number | undefined;
}

/** An error answer from the API, carrying the RFC 9457 problem it was sent as. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
    this.fieldErrors = problem.errors;
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }

  /** Problem types are URIs; the application compares on their last path segment. */
  hasType(name: string): boolean {
    return this.type === name || this.type.endsWith(`/${name}`) || this.type.endsWith(`:${name}`);
  }
}

/** The request never reached the server, or its answer never came back. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/** The server answered 2xx with a body that does not match the documented contract. */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';
}

/** Parses a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Builds a typed error from any non-2xx response, problem+json or not. */
export async function problemFromResponse(response: Response): Promise<ProblemError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  let body: unknown = undefined;
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
  }
  const parsed = problemSchema.safeParse(body);
  const problem = parsed.success ? parsed.data : {};
  return new ProblemError({
    type: problem.type ?? 'about:blank',
    title: problem.title ?? (response.statusText || `HTTP ${response.status}`),
    status: problem.status ?? response.status,
    detail: problem.detail ?? undefined,
    instance: problem.instance ?? undefined,
    requestId: problem.requestId ?? requestId,
    errors: problem.errors ?? [],
    retryAfterSeconds,
  });
}

function seconds(count: number): string {
  return count === 1 ? '1 second' : `${count} seconds`;
}

/** A sentence a person can act on, for toasts and inline alerts. */
export function describeError(error: unknown): string {
  if (error instanceof ProblemError) {
    if (error.status === 429) {
      return error.retryAfterSeconds === undefined
        ? 'Too many attempts, try again in a moment.'
        : `Too many attempts, try again in ${seconds(error.retryAfterSeconds)}.`;
    }
    if (error.status >= 500) {
      const reference = error.requestId ? ` (reference ${error.requestId})` : '';
      return `Something went wrong on the server. Please try again${reference}.`;
    }
    if (error.status === 403 && !error.detail) {
      return 'You do not have permission to do that.';
    }
    if (error.status === 422 && error.fieldErrors.length > 0 && !error.detail) {
      return error.fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
    }
    return error.detail ?? error.title;
  }
  if (error instanceof NetworkError) {
    return 'Cannot reach the server. Check your connection and try again.';
  }
  if (error instanceof UnexpectedResponseError) {
    return 'The server sent an unexpected answer. Please reload the page.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
