import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

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

/**
 * Uploads a Markdown file to a knowledge base through `api(method, path, body)` (a client that adds the caller's
 * token) and waits until ingestion has indexed it; fails the test if it fails or is not indexed in time.
 */
export async function uploadIndexedMarkdown(api, knowledgeBaseId, fileName, text, timeoutMs) {
  const upload = new FormData();
  upload.append('file', new Blob([text], { type: 'text/markdown' }), fileName);
  const document = await api('POST', `/api/v1/knowledge-bases/${knowledgeBaseId}/documents`, upload);
  const deadline = Date.now() + timeoutMs;
  let status = document.status;
  while (status !== 'indexed') {
    assert.notEqual(status, 'failed', 'the sample document failed ingestion');
    assert.ok(Date.now() < deadline, `the sample document is still ${status}`);
    await delay(500);
    status = (await api('GET', `/api/v1/documents/${document.id}`)).status;
  }
  return document;
}
