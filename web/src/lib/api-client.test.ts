import { z } from 'zod';

import { apiDownload, apiRequest } from '@/lib/api-client';
import { endSession, startSession } from '@/lib/auth-session';
import { authStore } from '@/lib/auth-store';
import { ProblemError } from '@/lib/problem';
import { jsonResponse, mockFetch } from '@/testing/test-utils';

const unauthorized = () => jsonResponse(401, { title: 'Unauthorized', status: 401 });

afterEach(() => {
  endSession();
});

describe('apiRequest', () => {
  it('sends the Bearer token and validates the answer', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900 });
    const fetchMock = mockFetch(() => jsonResponse(200, { name: 'Ada' }));

    const data = await apiRequest('/api/v1/users/me', { schema: z.object({ name: z.string() }) });

    expect(data).toEqual({ name: 'Ada' });
    const headers = new Headers(fetchMock.requests[0]!.init.headers);
    expect(headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('refreshes once on 401 and retries with the new token', async () => {
    startSession({ accessToken: 'expired', expiresIn: 900 });
    const fetchMock = mockFetch((url, init) => {
      if (url === '/api/v1/auth/refresh')
        return jsonResponse(200, { accessToken: 'renewed', expiresIn: 900 });
      const auth = new Headers(init.headers).get('Authorization');
      return auth === 'Bearer renewed' ? jsonResponse(200, { ok: true }) : unauthorized();
    });

    const data = await apiRequest('/api/v1/teams', { schema: z.object({ ok: z.boolean() }) });

    expect(data).toEqual({ ok: true });
    expect(fetchMock.requests.map(({ url }) => url)).toEqual([
      '/api/v1/teams',
      '/api/v1/auth/refresh',
      '/api/v1/teams',
    ]);
  });

  it('ends the session when the refresh fails, so the app goes to sign-in', async () => {
    startSession({ accessToken: 'expired', expiresIn: 900 });
    mockFetch(() => unauthorized());

    await expect(apiRequest('/api/v1/teams')).rejects.toBeInstanceOf(ProblemError);
    expect(authStore.getState().status).toBe('anonymous');
  });
});

describe('apiDownload', () => {
  it('asks for the file type, sends the token and returns the file with its suggested name', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900 });
    const fetchMock = mockFetch(
      () =>
        new Response('occurredAt,action\r\n', {
          status: 200,
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="audit-2026-12-08.csv"',
          },
        }),
    );

    const { blob, fileName } = await apiDownload('/api/v1/audit/export.csv', {
      query: { action: 'auth.', from: undefined },
      accept: 'text/csv',
    });

    expect(fileName).toBe('audit-2026-12-08.csv');
    expect(await blob.text()).toBe('occurredAt,action\r\n');
    const request = fetchMock.requests[0]!;
    expect(request.url).toBe('/api/v1/audit/export.csv?action=auth.');
    const headers = new Headers(request.init.headers);
    expect(headers.get('Accept')).toBe('text/csv, application/problem+json');
    expect(headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('turns an error answer into a problem', async () => {
    startSession({ accessToken: 'token-1', expiresIn: 900 });
    mockFetch(() =>
      jsonResponse(422, {
        title: 'Unprocessable',
        status: 422,
        detail: 'The request has invalid fields',
      }),
    );

    await expect(
      apiDownload('/api/v1/audit/export.csv', { query: { from: 'x' }, accept: 'text/csv' }),
    ).rejects.toBeInstanceOf(ProblemError);
  });
});
