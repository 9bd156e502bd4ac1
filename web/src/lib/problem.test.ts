import { describeError, NetworkError, parseRetryAfter, problemFromResponse } from '@/lib/problem';
import { jsonResponse } from '@/testing/test-utils';

describe('problemFromResponse', () => {
  it('reads an RFC 9457 validation problem with its field errors', async () => {
    const problem = await problemFromResponse(
      jsonResponse(422, {
        type: 'https://aigentforce.dev/problems/validation',
        title: 'Validation failed',
        status: 422,
        detail: 'The request has invalid fields.',
        requestId: 'req-1',
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'password', message: 'size must be between 12 and 256' },
        ],
      }),
    );

    expect(problem.status).toBe(422);
    expect(problem.title).toBe('Validation failed');
    expect(problem.requestId).toBe('req-1');
    expect(problem.hasType('validation')).toBe(true);
    expect(problem.fieldErrors).toEqual([
      { field: 'email', message: 'must be a well-formed email address' },
      { field: 'password', message: 'size must be between 12 and 256' },
    ]);
  });

  it('falls back to the status line when the body is not a problem', async () => {
    const problem = await problemFromResponse(
      new Response('<html>bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html', 'X-Request-Id': 'abc' },
      }),
    );

    expect(problem.status).toBe(502);
    expect(problem.title).toBe('Bad Gateway');
    expect(problem.fieldErrors).toEqual([]);
    expect(describeError(problem)).toBe(
      'Something went wrong on the server. Please try again (reference abc).',
    );
  });

  it('turns 429 with Retry-After into a sentence with the wait', async () => {
    const problem = await problemFromResponse(
      jsonResponse(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '42' }),
    );

    expect(problem.retryAfterSeconds).toBe(42);
    expect(describeError(problem)).toBe('Too many attempts, try again in 42 seconds.');
  });
});

describe('parseRetryAfter', () => {
  it('accepts seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('describeError', () => {
  it('explains network failures without jargon', () => {
    expect(describeError(new NetworkError('failed'))).toMatch(/cannot reach the server/i);
  });
});
