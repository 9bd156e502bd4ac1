import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expectHidden, expectVisible, openDesktopPage } from '../support/browser.mjs';
import { useServer } from '../support/server.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = {
  organization: `Kestrel Aero ${run}`,
  name: 'Kira Owner',
  email: `kira.${run}@example.com`,
  password: 'copper-kestrel-glides-31',
};
const knowledgeBase = {
  name: 'Flight research',
  description: 'Wind tunnel reports and test notes.',
};
/** A word only the PDF contains, so the search hit can only come from it. */
const PDF_WORD = 'ornithopter';
const PDF_LINES = [
  'Ornithopter wind tunnel report',
  `The ${PDF_WORD} flapped at four hertz during the second run.`,
  'Lift stayed steady while the angle of attack rose to twelve degrees.',
];
const MARKDOWN = '# Hangar checklist\n\nClose the hangar doors before the evening inspection.\n';
/** Served by a file server of the test's own on loopback, imported by URL. */
const FIELD_NOTES = '# Field notes\n\nThe glider landed softly on the grass strip after the thermal faded.\n';

/** A tiny web server on 127.0.0.1 (the e2e server allows loopback for outbound HTTP). */
async function startFileServer() {
  const server = createServer((request, response) => {
    if (request.url === '/notes/field-notes.md') {
      response.writeHead(200, { 'Content-Type': 'text/markdown; charset=utf-8' });
      response.end(FIELD_NOTES);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return {
    url: (path) => `http://127.0.0.1:${server.address().port}${path}`,
    stop: () => new Promise((resolveClose) => server.close(resolveClose)),
  };
}
/** Ingestion runs the embedding model on a busy machine: allow it time, but not forever. */
const INDEXING_TIMEOUT_MS = 90_000;
/** A search embeds the query with the same model; on a loaded machine that can take seconds. */
const SEARCH_TIMEOUT_MS = 60_000;

/** A one-page PDF 1.4 with Helvetica text, written by hand (objects, xref table, trailer). */
function onePagePdf(title, lines) {
  const escape = (text) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = lines.map((line) => `(${escape(line)}) Tj T*`).join(' ');
  const content = `BT /F1 14 Tf 72 720 Td 20 TL ${text} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ' +
      '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title (${escape(title)}) /Author (Kira Owner) >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\n` +
    `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * A knowledge base from start to search: create it with sharing, drop a PDF and a Markdown file
 * on the upload area, watch both reach "indexed", import a third from a URL (status over the
 * WebSocket), see the storage used, search for a word of the PDF, open the hit,
 * upload, compare and restore versions, then the narrow-screen layout and the readable refusal to delete a non-empty knowledge base.
 */
describe('an owner builds a knowledge base and finds a passage in it', () => {
  let server;
  let browser;
  let page;
  let shot;
  let fileServer;
  const files = {};

  const step = scenarioSteps((name) => shot(name));

  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const heading = (name) => page.getByRole('heading', { level: 1, name });
  const row = (text) => page.getByRole('row').filter({ hasText: text });

  /** Drops files on the element as a person dragging them from their desktop would. */
  async function dropFiles(target, paths) {
    const payload = paths.map((path) => ({
      name: path.name,
      type: path.type,
      base64: path.bytes.toString('base64'),
    }));
    const dataTransfer = await page.evaluateHandle((items) => {
      const transfer = new DataTransfer();
      for (const item of items) {
        const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], item.name, { type: item.type }));
      }
      return transfer;
    }, payload);
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  before(async () => {
    const fileDir = join(resultsDir, 'knowledge-files');
    mkdirSync(fileDir, { recursive: true });
    files.pdf = {
      name: 'wind-tunnel-report.pdf',
      type: 'application/pdf',
      bytes: onePagePdf('Ornithopter wind tunnel report', PDF_LINES),
    };
    files.markdown = {
      name: 'hangar-checklist.md',
      type: 'text/markdown',
      bytes: Buffer.from(MARKDOWN),
    };
    files.newVersion = join(fileDir, 'hangar-checklist-v2.md');
    writeFileSync(files.newVersion, `${MARKDOWN}\nLock the fuel store as well.\n`);

    fileServer = await startFileServer();
    server = await useServer({ logDir: resultsDir });
    ({ browser, page, shot } = await openDesktopPage(server.baseUrl, join(resultsDir, 'screenshots', 'knowledge')));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await fileServer?.stop();
  });

  step('registers an organisation and signs in', async () => {
    await page.goto('/register');
    await page.getByLabel('Organisation name').fill(owner.organization);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Work email').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, owner);
    await expectVisible(heading('Welcome, Kira'));
  });

  step('shows an empty knowledge area with a way to start', async () => {
    await nav().getByRole('link', { name: 'Knowledge' }).click();
    await page.waitForURL((url) => url.pathname === '/knowledge');
    await expectVisible(heading('Knowledge'));
    await expectVisible(page.getByText('No knowledge bases yet.'));
    await shot('empty-knowledge');
  });

  step('creates a knowledge base read by everyone and edited by the OWNER role', async () => {
    await page.getByRole('button', { name: 'New knowledge base' }).click();
    const dialog = page.getByRole('dialog', { name: 'New knowledge base' });
    await dialog.getByLabel('Name').fill(knowledgeBase.name);
    await dialog.getByLabel('Description').fill(knowledgeBase.description);
    const editors = dialog.getByRole('group', { name: 'Editors' });
    await editors.getByRole('checkbox', { name: 'Everyone in the organisation' }).uncheck();
    const roleOrTeam = editors.getByRole('combobox', { name: 'Editors: add a team or role' });
    // Options of a closed select are never "visible"; wait until the roles have loaded.
    await roleOrTeam.locator('option', { hasText: 'OWNER' }).waitFor({ state: 'attached' });
    await roleOrTeam.selectOption({ label: 'OWNER' });
    await expectVisible(editors.getByText('OWNER'));
    await shot('create-knowledge-base');
    await dialog.getByRole('button', { name: 'Create knowledge base' }).click();

    await expectHidden(dialog);
    const created = row(knowledgeBase.name);
    await expectVisible(created);
    assert.match(await created.innerText(), /Everyone[\s\S]*1 role/);
    await shot('knowledge-base-created');
  });

  step('drops a PDF and a Markdown file and watches both reach "indexed"', async () => {
    await page.getByRole('link', { name: knowledgeBase.name }).click();
    await expectVisible(heading(knowledgeBase.name));
    await expectVisible(page.getByText('No documents yet.'));
    await shot('empty-knowledge-base');

    await dropFiles(page.getByTestId('upload-drop-zone'), [files.pdf, files.markdown]);
    const uploads = page.getByRole('list', { name: 'Uploads' });
    await expectVisible(uploads.getByText(files.pdf.name));
    await expectVisible(uploads.getByText(files.markdown.name));
    await shot('uploading');

    for (const name of [files.pdf.name, files.markdown.name]) {
      await expectVisible(
        uploads.getByRole('listitem').filter({ hasText: name }).getByText('Indexed'),
        INDEXING_TIMEOUT_MS,
      );
      await expectVisible(row(name).getByText('Indexed', { exact: true }));
    }
    assert.equal(await page.getByText('Failed').count(), 0);
    await shot('indexed');
  });

  step('imports a Markdown file from a URL and follows it live to "indexed"', async () => {
    // an owner holds kb:admin, so processing events reach this page over the WebSocket
    await expectVisible(page.locator('[data-realtime-status="live"]'));
    await page.getByLabel('Import from URL').fill('ftp://example.com/notes.md');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expectVisible(page.getByText('Only http:// and https:// addresses can be imported.'));
    await page.getByLabel('Import from URL').fill(fileServer.url('/notes/field-notes.md'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const imported = page
      .getByRole('list', { name: 'Uploads' })
      .getByRole('listitem')
      .filter({ hasText: 'field-notes.md' });
    await expectVisible(imported);
    await shot('importing');
    await expectVisible(imported.getByText('Indexed'), INDEXING_TIMEOUT_MS);
    await expectVisible(row('field-notes.md').getByText('Indexed', { exact: true }));
    await expectVisible(row('field-notes.md').getByText(`${Buffer.byteLength(FIELD_NOTES)} B`));
    await shot('imported');

    await row('field-notes.md').getByRole('link', { name: 'field-notes.md' }).click();
    await expectVisible(heading('field-notes.md'));
    await expectVisible(page.getByText(fileServer.url('/notes/field-notes.md')));
    await expectVisible(page.getByText('The glider landed softly').first());
    await shot('imported-document');

    await nav().getByRole('link', { name: 'Knowledge' }).click();
    await expectVisible(page.getByTestId('storage-usage').getByText(/used, no limit/));
    await shot('storage-used');
    await page.getByRole('link', { name: knowledgeBase.name }).click();
    await expectVisible(heading(knowledgeBase.name));
  });

  step(`searches for "${PDF_WORD}" and sees the highlighted passage`, async () => {
    await page.getByRole('link', { name: 'Search here' }).click();
    await expectVisible(heading('Search'));
    await page.getByLabel('Search for').fill(PDF_WORD);
    await page.getByLabel('Search for').press('Enter');

    const results = page.getByRole('list', { name: 'Search results' });
    const first = results.getByRole('listitem').first();
    await expectVisible(first, SEARCH_TIMEOUT_MS);
    await expectVisible(first.getByRole('link', { name: files.pdf.name }));
    const marked = await first.locator('mark').allInnerTexts();
    assert.ok(
      marked.some((text) => text.toLowerCase() === PDF_WORD),
      `the hit marks the word (marked: ${marked.join(', ')})`,
    );
    await expectVisible(page.getByText(/\d+ ms/));
    await shot('search-results');

    // The radios are visually hidden inside their labels: click the label, as a person would.
    await page.locator('label', { hasText: 'Meaning' }).click();
    await page.getByRole('radio', { name: 'Meaning', checked: true }).waitFor();
    await expectVisible(page.getByText(/· vector ·/), SEARCH_TIMEOUT_MS);
    await shot('search-vector');
  });

  step('opens the hit on the document page at its passage', async () => {
    // The radios are visually hidden inside their labels: click the label, as a person would.
    await page.locator('label', { hasText: 'Hybrid' }).click();
    await page.getByRole('radio', { name: 'Hybrid', checked: true }).waitFor();
    await expectVisible(page.getByText(/· hybrid ·/), SEARCH_TIMEOUT_MS);
    const link = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: files.pdf.name })
      .first();
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith('/knowledge/documents/'));
    await expectVisible(heading(files.pdf.name));
    const hit = page.getByRole('region', { name: 'Search hit' });
    await expectVisible(hit.getByText(PDF_LINES[1]));
    assert.match(page.url(), /\?chunk=[0-9a-f-]+#chunk-[0-9a-f-]+$/);
    await expectVisible(hit.getByText(/page 1/));
    await expectVisible(page.getByText('Ornithopter wind tunnel report').first());
    await expectVisible(page.getByText('Version 1'));
    await shot('document-page');
  });

  step('uploads a new version of the Markdown document with the file button', async () => {
    await page.getByRole('link', { name: knowledgeBase.name }).click();
    await row(files.markdown.name).getByRole('link', { name: files.markdown.name }).click();
    await expectVisible(heading(files.markdown.name));
    await page.locator('input[type=file]').setInputFiles(files.newVersion);
    await expectVisible(page.getByText('Version 2'));
    await expectVisible(page.getByText('Search serves version 2 of 2.'), INDEXING_TIMEOUT_MS);
    await expectVisible(page.getByText('Lock the fuel store as well.').first());
    const diff = page.getByLabel('Differences from version 1 to version 2');
    await expectVisible(diff.getByText('+Lock the fuel store as well.'));
    await shot('new-version');
  });

  step('restores version 1, which search serves again at once', async () => {
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await expectVisible(page.getByText('Version 1 is current again.'));
    await expectVisible(page.getByText('Search serves version 1 of 2.'));
    await shot('version-restored');
  });

  step('refuses, readably, to delete a knowledge base that holds documents', async () => {
    await page.getByRole('link', { name: knowledgeBase.name }).click();
    await expectVisible(heading(knowledgeBase.name));
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete knowledge base?' });
    await dialog.getByRole('button', { name: 'Delete knowledge base' }).click();
    await expectVisible(dialog.getByText('still holds documents'));
    await shot('delete-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectHidden(dialog);
  });

  step('fits a 375 px wide screen: knowledge base, search and document pages', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await expectVisible(heading(knowledgeBase.name));
    await shot('narrow-knowledge-base');
    await page.goto(`/knowledge/search?q=${PDF_WORD}`);
    await expectVisible(page.getByRole('list', { name: 'Search results' }), SEARCH_TIMEOUT_MS);
    await shot('narrow-search');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the search page does not scroll sideways (${width} px)`);
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: files.pdf.name })
      .first()
      .click();
    await expectVisible(heading(files.pdf.name));
    await shot('narrow-document');
  });
});
