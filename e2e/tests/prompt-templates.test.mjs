import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { apiClient } from '../support/api.mjs';
import { expectHidden, expectVisible, openDesktopPage } from '../support/browser.mjs';
import { useServer } from '../support/server.mjs';
import { scenarioSteps, signIn } from '../support/steps.mjs';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const run = randomUUID().slice(0, 8);
const owner = { email: `tilda.${run}@example.com`, password: 'violet-harbour-sings-42' };
const trainer = { email: `theo.${run}@example.com`, password: 'amber-canyon-whistle-19' };
const BODY_V1 = 'Dear {{customer}}, your order {{order}} ships {{speed}}.{{#gift}} Gift wrapped.{{/gift}}';
const BODY_V2 = 'Dear {{customer}}, order {{order}} leaves {{speed}}.{{#gift}} Gift wrapped.{{/gift}}';

/**
 * A trainer (a built-in role that holds prompts:write) writes a prompt template with typed variables: the server
 * names a variable the body uses but does not declare at the body field, the preview names a missing required
 * sample at its field and then renders with a token count, an edit saves version 2, and version 1 stays viewable.
 */
describe('a trainer writes, previews and revises a prompt template', () => {
  let server;
  let browser;
  let page;
  let shot;

  const step = scenarioSteps((name) => shot(name));
  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const heading = (name) => page.getByRole('heading', { level: 1, name });
  const variable = (n) => page.getByRole('group', { name: `Variable ${n}` });

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    const call = apiClient(server.baseUrl);
    await call('POST', '/api/v1/auth/register', {
      organizationName: `Parcel Post ${run}`,
      name: 'Tilda Owner',
      email: owner.email,
      password: owner.password,
    });
    const token = (await call('POST', '/api/v1/auth/login', owner)).accessToken;
    await call(
      'POST',
      '/api/v1/users',
      { ...trainer, name: 'Theo Trainer', roles: ['TRAINER'] },
      token,
    );
    ({ browser, page, shot } = await openDesktopPage(
      server.baseUrl,
      join(resultsDir, 'screenshots', 'prompt-templates'),
    ));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('the trainer finds Prompt templates in the navigation', async () => {
    await signIn(page, trainer);
    await nav().getByRole('link', { name: 'Prompt templates' }).click();
    await expectVisible(heading('Prompt templates'));
    await expectVisible(page.getByText('No prompt templates yet.'));
  });

  step('a body using an undeclared variable is refused with the error at the body', async () => {
    await page.getByRole('link', { name: 'New template' }).click();
    await expectVisible(heading('New prompt template'));
    await page.getByLabel('Name', { exact: true }).fill('Shipping notice');
    await page.getByLabel('Body').fill(BODY_V1);
    await page.getByRole('button', { name: 'Add variable' }).click();
    await variable(1).getByLabel('Variable name').fill('customer');
    await variable(1).getByLabel('Required').check();
    await page.getByRole('button', { name: 'Add variable' }).click();
    await variable(2).getByLabel('Variable name').fill('order');
    await variable(2).getByLabel('Type').selectOption('number');
    await variable(2).getByLabel('Required').check();
    await page.getByRole('button', { name: 'Add variable' }).click();
    await variable(3).getByLabel('Variable name').fill('speed');
    await variable(3).getByLabel('Type').selectOption('enum');
    await variable(3).getByLabel('Options').fill('today, tomorrow');
    await variable(3).getByLabel('Default').fill('tomorrow');
    await page.getByRole('button', { name: 'Create template' }).click();

    await expectVisible(page.getByText("Uses 'gift', which is not a declared variable"));
    assert.equal(await page.getByLabel('Body').getAttribute('aria-invalid'), 'true');
    await shot('undeclared-variable');
  });

  step('with every variable declared the template is created as version 1', async () => {
    await page.getByRole('button', { name: 'Add variable' }).click();
    await variable(4).getByLabel('Variable name').fill('gift');
    await variable(4).getByLabel('Type').selectOption('boolean');
    await page.getByRole('button', { name: 'Create template' }).click();
    await page.waitForURL((url) => /^\/prompt-templates\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectVisible(heading('Shipping notice'));
    await expectVisible(page.getByText('· version 1'));
    await expectVisible(page.getByRole('button', { name: 'Save as version 2' }));
  });

  step('the preview names a missing required value at its field', async () => {
    await page.getByLabel('order').fill('42');
    await page.getByRole('button', { name: 'Preview' }).click();
    const customer = page.getByLabel('customer', { exact: true });
    await expectVisible(page.getByText('Is required'));
    assert.equal(await customer.getAttribute('aria-invalid'), 'true');
    await shot('preview-missing-variable');
  });

  step('the preview renders the sample values and counts tokens', async () => {
    await page.getByLabel('customer', { exact: true }).fill('Ada');
    await page.getByLabel('gift (optional)').selectOption('true');
    await page.getByRole('button', { name: 'Preview' }).click();
    const rendered = page.getByLabel('Rendered prompt');
    await expectVisible(rendered);
    assert.equal(
      await rendered.textContent(),
      'Dear Ada, your order 42 ships tomorrow. Gift wrapped.',
    );
    await expectVisible(page.getByText(/^\d+ tokens \(cl100k_base\)$/));
    await shot('preview-rendered');
  });

  step('an edit saves version 2 and version 1 stays as it was', async () => {
    await page.getByLabel('Body').fill(BODY_V2);
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    await expectVisible(page.getByText('· version 2'));
    await expectVisible(page.getByRole('button', { name: 'View version 2' }));
    await page.getByRole('button', { name: 'View version 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Version 1' });
    await expectVisible(dialog);
    assert.equal(await dialog.getByLabel('Body of version 1').textContent(), BODY_V1);
    await shot('version-1');
    await page.keyboard.press('Escape');
    await expectHidden(dialog);
    assert.equal(await page.getByLabel('Body').inputValue(), BODY_V2);
  });
});
