import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { Toaster } from '@/components/ui/toaster';
import { createQueryClient } from '@/lib/query-client';

/** A JSON (or problem+json when status >= 400) answer, as fetch would return it. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType, ...headers },
  });
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

export interface RecordedRequest {
  url: string;
  init: RequestInit;
}

/** Replaces the network: every fetch goes to `handler`; `requests` records what was sent. */
export function mockFetch(handler: Handler) {
  const requests: RecordedRequest[] = [];
  const mock = vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
    const url =
      typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    requests.push({ url, init });
    return Promise.resolve(handler(url, init));
  });
  vi.stubGlobal('fetch', mock);
  return Object.assign(mock, { requests });
}

/** Renders one route element at `path`, with the app's providers and a toaster. */
export function renderRoute(
  element: ReactElement,
  { path = '/', url }: { path?: string; url?: string } = {},
) {
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [url ?? path] },
  );
  const queryClient = createQueryClient();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
