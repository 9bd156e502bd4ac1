import { join } from 'node:path';

import { apiClient, uploadIndexedMarkdown } from './api.mjs';
import { openDesktopPage } from './browser.mjs';
import { useServer } from './server.mjs';

/**
 * The setting of the search scenarios: a new organisation whose owner has one knowledge base holding one indexed
 * Markdown document, and a desktop browser page (not signed in yet). `api` calls as the owner; `close` ends it all.
 */
export async function ownerWithIndexedDocument({
  resultsDir,
  screenshots,
  organizationName,
  owner,
  knowledgeBaseName,
  fileName,
  text,
  indexingTimeoutMs,
}) {
  const server = await useServer({ logDir: resultsDir });
  let browser;
  let page;
  let shot;
  let api;
  try {
    const call = apiClient(server.baseUrl);
    await call('POST', '/api/v1/auth/register', {
      organizationName,
      name: owner.name,
      email: owner.email,
      password: owner.password,
    });
    const { accessToken } = await call('POST', '/api/v1/auth/login', {
      email: owner.email,
      password: owner.password,
    });
    api = (method, path, body) => call(method, path, body, accessToken);
    const knowledgeBase = await api('POST', '/api/v1/knowledge-bases', { name: knowledgeBaseName });
    await uploadIndexedMarkdown(api, knowledgeBase.id, fileName, text, indexingTimeoutMs);
    ({ browser, page, shot } = await openDesktopPage(
      server.baseUrl,
      join(resultsDir, 'screenshots', screenshots),
    ));
  } catch (failure) {
    // a scenario whose setting failed has no `close` to call: stop what it started
    await browser?.close();
    await server.stop();
    throw failure;
  }
  return {
    page,
    shot,
    api,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
