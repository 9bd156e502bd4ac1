import assert from 'node:assert/strict';

/**
 * A small client for setting scenarios up through the public API: `call(method, path, body?, token?)` sends JSON
 * (or a FormData body as multipart), fails the test on any non-2xx answer with the problem text, and returns the
 * parsed JSON (null for an empty body).
 */
export function apiClient(baseUrl) {
  return async function call(method, path, body, token) {
    const form = body instanceof FormData;
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: {
        ...(form || body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: form || body === undefined ? body : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path} -> ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}
