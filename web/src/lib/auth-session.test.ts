import {
  endSession,
  refreshDelayMs,
  refreshSession,
  restoreSession,
  startSession,
} from '@/lib/auth-session';
import { authStore } from '@/lib/auth-store';
import { jsonResponse, mockFetch } from '@/testing/test-utils';

function tokens(accessToken: string, expiresIn = 900) {
  return { accessToken, tokenType: 'Bearer', expiresIn };
}

afterEach(() => {
  endSession();
  vi.useRealTimers();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('refreshDelayMs', () => {
  it('refreshes a minute before the token runs out', () => {
    expect(refreshDelayMs(900)).toBe(840_000);
    expect(refreshDelayMs(300)).toBe(240_000);
  });

  it('refreshes short-lived tokens half-way through their life', () => {
    expect(refreshDelayMs(90)).toBe(45_000);
    expect(refreshDelayMs(1)).toBe(1000);
  });
});

describe('session lifecycle', () => {
  it('keeps the access token in memory only', () => {
    startSession(tokens('in-memory'));

    expect(authStore.getState()).toMatchObject({
      status: 'authenticated',
      accessToken: 'in-memory',
    });
    expect(JSON.stringify(window.localStorage)).not.toContain('in-memory');
    expect(JSON.stringify(window.sessionStorage)).not.toContain('in-memory');
  });

  it('silently refreshes with the cookie and the XSRF header before the token expires', async () => {
    vi.useFakeTimers();
    document.cookie = 'XSRF-TOKEN=xsrf-123';
    const fetchMock = mockFetch(() => jsonResponse(200, tokens('second')));

    startSession(tokens('first', 900));
    await vi.advanceTimersByTimeAsync(839_000);
    expect(fetchMock).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const { url, init } = fetchMock.requests[0]!;
    expect(url).toBe('/api/v1/auth/refresh');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(init.body).toBeUndefined();
    expect(init.headers).toMatchObject({ 'X-Auth-Mode': 'cookie', 'X-XSRF-TOKEN': 'xsrf-123' });
    expect(authStore.getState().accessToken).toBe('second');
  });

  it('shares one refresh between concurrent callers', async () => {
    const fetchMock = mockFetch(() => jsonResponse(200, tokens('fresh')));

    const results = await Promise.all([refreshSession(), refreshSession(), refreshSession()]);

    expect(results).toEqual([true, true, true]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('signs out locally when the refresh cookie is refused', async () => {
    startSession(tokens('old'));
    mockFetch(() => jsonResponse(401, { title: 'Unauthorized', status: 401 }));

    expect(await refreshSession()).toBe(false);
    expect(authStore.getState()).toMatchObject({ status: 'anonymous', accessToken: null });
  });

  it('does not call the server on start-up when there is no XSRF cookie', async () => {
    const fetchMock = mockFetch(() => jsonResponse(200, tokens('never')));

    await restoreSession();

    expect(fetchMock).not.toHaveBeenCalled();
    expect(authStore.getState().status).toBe('anonymous');
  });
});
