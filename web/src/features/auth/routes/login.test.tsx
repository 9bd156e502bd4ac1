import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { LoginRoute } from '@/features/auth/routes/login';
import { endSession } from '@/lib/auth-session';
import { jsonResponse, mockFetch, renderRoute } from '@/testing/test-utils';

beforeEach(() => {
  endSession();
});

async function signIn(email = 'ada@example.com', password = 'wrong password') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('Sign-in page', () => {
  it('says the credentials are wrong when the server answers 401', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse(401, {
        type: 'https://aigentforce.dev/problems/bad-credentials',
        title: 'Unauthorized',
        status: 401,
        detail: 'Authentication is required',
      }),
    );
    renderRoute(<LoginRoute />, { path: '/login' });

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email address or password is not correct.',
    );
    expect(screen.getByLabelText('Password')).toHaveValue('wrong password');
    const { url, init } = fetchMock.requests[0]!;
    expect(url).toBe('/api/v1/auth/login');
    expect(init.credentials).toBe('include');
    expect(new Headers(init.headers).get('X-Auth-Mode')).toBe('cookie');
    expect(JSON.parse(init.body as string)).toEqual({
      email: 'ada@example.com',
      password: 'wrong password',
    });
  });

  it('asks for the organisation when the server says the tenant is required', async () => {
    mockFetch(() =>
      jsonResponse(409, {
        type: 'https://aigentforce.dev/problems/tenant-required',
        title: 'Conflict',
        status: 409,
        detail: 'This email belongs to several organisations.',
      }),
    );
    renderRoute(<LoginRoute />, { path: '/login' });
    expect(screen.queryByLabelText('Organisation')).not.toBeInTheDocument();

    await signIn();

    expect(await screen.findByLabelText('Organisation')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('several organisations');
  });

  it('tells how long to wait after too many attempts', async () => {
    mockFetch(() =>
      jsonResponse(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '30' }),
    );
    renderRoute(<LoginRoute />, { path: '/login' });

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts, try again in 30 seconds.',
    );
  });

  it('validates the form before calling the server', async () => {
    const fetchMock = mockFetch(() => jsonResponse(500, {}));
    renderRoute(<LoginRoute />, { path: '/login' });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in, loads the profile and goes to the dashboard', async () => {
    mockFetch((url) => {
      if (url === '/api/v1/auth/login') {
        return jsonResponse(200, { accessToken: 'a', tokenType: 'Bearer', expiresIn: 900 });
      }
      return jsonResponse(200, {
        id: 'u1',
        email: 'ada@example.com',
        name: 'Ada Lovelace',
        roles: ['OWNER'],
        permissions: ['users:read'],
        status: 'active',
      });
    });
    const { router } = renderRoute(<LoginRoute />, { path: '/login' });

    await signIn('ada@example.com', 'correct horse battery');

    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('asks for the second factor when MFA is on, then signs in with the code', async () => {
    const fetchMock = mockFetch((url) => {
      if (url === '/api/v1/auth/login') {
        return jsonResponse(200, { mfaRequired: true, mfaToken: 'afm_t' });
      }
      if (url === '/api/v1/auth/mfa/verify') {
        return jsonResponse(200, { accessToken: 'a', tokenType: 'Bearer', expiresIn: 900 });
      }
      return jsonResponse(200, {
        id: 'u1',
        email: 'ada@example.com',
        name: 'Ada Lovelace',
        roles: ['OWNER'],
        permissions: [],
        status: 'active',
      });
    });
    const { router } = renderRoute(<LoginRoute />, { path: '/login' });

    const user = await signIn('ada@example.com', 'correct horse battery');
    await user.type(await screen.findByLabelText('Authentication code'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    const verify = fetchMock.requests.find((r) => r.url === '/api/v1/auth/mfa/verify')!;
    expect(JSON.parse(verify.init.body as string)).toEqual({ mfaToken: 'afm_t', code: '123456' });
    expect(new Headers(verify.init.headers).get('X-Auth-Mode')).toBe('cookie');
  });

  it('says a refused code is wrong and keeps the MFA step open', async () => {
    mockFetch((url) =>
      url === '/api/v1/auth/login'
        ? jsonResponse(200, { mfaRequired: true, mfaToken: 'afm_t' })
        : jsonResponse(401, {
            title: 'Unauthorized',
            status: 401,
            detail: 'The code is not correct',
          }),
    );
    renderRoute(<LoginRoute />, { path: '/login' });

    const user = await signIn('ada@example.com', 'correct horse battery');
    await user.type(await screen.findByLabelText('Authentication code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not correct');
    expect(screen.getByLabelText('Authentication code')).toBeInTheDocument();
  });
});
