// Minimal API client for the knowledge benchmarks: sign-up, knowledge bases, uploads, waiting for ingestion, search.
// Only the public HTTP API is used (black box). Node 20+ (fetch, FormData, Blob built in).
export const PASSWORD = 'violet-harbour-sings-42';

export class Client {
  constructor(base) {
    this.base = base;
    this.token = null;
  }

  async call(method, path, body, { form = false, ok = [200, 201, 202, 204] } = {}) {
    for (let attempt = 0; ; attempt++) {
      const headers = this.token ? { Authorization: `Bearer ${this.token}` } : {};
      let payload;
      if (body !== undefined) {
        if (form) payload = body;
        else {
          headers['Content-Type'] = 'application/json';
          payload = JSON.stringify(body);
        }
      }
      const res = await fetch(this.base + path, { method, headers, body: payload });
      if (ok.includes(res.status)) return res.status === 204 ? null : res.json();
      const text = await res.text();
      // access tokens live 15 minutes: sign in again once and retry
      if (res.status === 401 && this.email && attempt === 0 && !path.startsWith('/api/v1/auth/')) {
        await this.login(this.email);
        continue;
      }
      // transient: the server is busy (ingestion saturates the CPU); retry a few times
      if ((res.status >= 500 || res.status === 429) && attempt < 5) {
        await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
        continue;
      }
      throw new Error(`${method} ${path} -> ${res.status}: ${text.slice(0, 500)}`);
    }
  }

  async signUp(email) {
    await this.call('POST', '/api/v1/auth/register', {
      organizationName: `Bench ${email}`, name: 'Bench Owner', email, password: PASSWORD,
    });
    return this.login(email);
  }

  async login(email) {
    this.email = email;
    const res = await this.call('POST', '/api/v1/auth/login', { email, password: PASSWORD });
    this.token = res.accessToken;
    return res;
  }

  createKnowledgeBase(name) {
    return this.call('POST', '/api/v1/knowledge-bases', { name });
  }

  /** Uploads one file; metadata is an object of strings. Answers the document JSON (202). */
  upload(kbId, fileName, content, { title, metadata, type = 'text/markdown' } = {}) {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), fileName);
    if (title) form.append('title', title);
    if (metadata) form.append('metadata', JSON.stringify(metadata));
    return this.call('POST', `/api/v1/knowledge-bases/${kbId}/documents`, form, { form: true });
  }

  async listDocuments(kbId) {
    const all = [];
    for (let page = 0; ; page++) {
      const res = await this.call('GET', `/api/v1/knowledge-bases/${kbId}/documents?page=${page}&size=100`);
      all.push(...res.items);
      if (res.items.length < 100) return all;
    }
  }

  /** Polls until no document of the knowledge base is still in the pipeline; answers the documents. */
  async waitIndexed(kbId, expected, { onProgress = () => {}, intervalMs = 2000 } = {}) {
    for (;;) {
      const docs = await this.listDocuments(kbId);
      const done = docs.filter((d) => d.status === 'indexed' || d.status === 'failed');
      onProgress(done.length, docs.length);
      if (docs.length >= expected && done.length === docs.length) return docs;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }

  versions(documentId) {
    return this.call('GET', `/api/v1/documents/${documentId}/versions`);
  }

  search(params) {
    const qs = new URLSearchParams(params).toString();
    return this.call('GET', `/api/v1/knowledge-base/search?${qs}`);
  }
}

/** Runs fn over items with at most n in flight, preserving order of results. */
export async function pool(items, n, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }));
  return results;
}
