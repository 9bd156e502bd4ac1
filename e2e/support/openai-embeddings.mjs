import { createServer } from 'node:http';

/** Hashed bag of words in `size` dimensions, normalised: texts sharing words are near. */
function vector(text, size) {
  const v = new Array(size).fill(0);
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!word) continue;
    let hash = 0;
    for (const c of word) hash = (hash * 31 + c.charCodeAt(0)) | 0;
    v[((hash % size) + size) % size] += 1;
  }
  const norm = Math.sqrt(v.reduce((sum, x) => sum + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

/**
 * A local server speaking the OpenAI embeddings wire protocol (`POST /v1/embeddings`) on a free loopback port, for
 * the server's real provider client. `close()` stops it.
 */
export async function startOpenAiEmbeddings(dimensions = 256) {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/embeddings') {
        response.writeHead(404).end();
        return;
      }
      const parsed = JSON.parse(body);
      const inputs = Array.isArray(parsed.input) ? parsed.input : [parsed.input];
      const size = parsed.dimensions ?? dimensions;
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({
          object: 'list',
          data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: vector(text, size) })),
          model: parsed.model,
          usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
        }),
      );
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}/v1`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
