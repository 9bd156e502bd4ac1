import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { dirname, join } from "node:path";
import { after, before, describe } from "node:test";
import { fileURLToPath } from "node:url";

import { apiClient } from "../support/api.mjs";
import { expectVisible, openDesktopPage } from "../support/browser.mjs";
import { startOpenAiChat } from "../support/openai-chat.mjs";
import { useServer } from "../support/server.mjs";
import { scenarioSteps, signIn } from "../support/steps.mjs";

const resultsDir = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "test-results",
);
const run = randomUUID().slice(0, 8);
const owner = {
  email: `ada.${run}@example.com`,
  password: "copper-lantern-models-58",
};
const KEY = `sk-e2e-${run}`;

/**
 * An owner adds an OpenAI-compatible provider (a local server speaking the protocol) with a wrong key, sees the
 * provider's own refusal in the connection test, saves the right key, sees the latency and the provider's models,
 * and gives one model its prices.
 */
describe("an owner configures an AI provider", () => {
  let server;
  let provider;
  let browser;
  let page;
  let shot;
  let token;

  const step = scenarioSteps((name) => shot(name));

  let call;
  const api = (method, path, body) => call(method, path, body, token);

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    provider = await startOpenAiChat({
      apiKey: KEY,
      models: ["gpt-e2e-large", "gpt-e2e-mini"],
    });
    call = apiClient(server.baseUrl);
    await api("POST", "/api/v1/auth/register", {
      organizationName: `Lantern Labs ${run}`,
      name: "Ada Owner",
      email: owner.email,
      password: owner.password,
    });
    token = (await api("POST", "/api/v1/auth/login", owner)).accessToken;
    ({ browser, page, shot } = await openDesktopPage(
      server.baseUrl,
      join(resultsDir, "screenshots", "ai-providers"),
    ));
  });

  after(async () => {
    await browser?.close();
    await provider?.close();
    await server?.stop();
  });

  step("opens the AI providers page from the navigation", async () => {
    await signIn(page, owner);
    await page.getByRole("link", { name: "AI providers" }).click();
    await expectVisible(page.getByRole("heading", { name: "AI providers" }));
    await expectVisible(page.getByText("No model providers yet."));
    await shot("empty");
  });

  step(
    "adds a provider with a wrong key and sees the provider refuse it",
    async () => {
      await page.getByRole("button", { name: "Add provider" }).click();
      const dialog = page.getByRole("dialog", { name: "Add a model provider" });
      await dialog.getByLabel("Name").fill("Lab server");
      await dialog.getByLabel("Kind").selectOption("openai");
      await dialog.getByLabel("Base URL").fill(provider.baseUrl);
      await dialog.getByLabel(/API key/).fill("sk-wrong");
      await shot("provider-form");
      await dialog.getByRole("button", { name: "Add provider" }).click();
      const row = page.getByRole("row", { name: /Lab server/ });
      await expectVisible(row.getByText("Set", { exact: true }));
      await row.getByRole("button", { name: /Test connection/ }).click();
      const refusal = page
        .getByRole("alert")
        .filter({ hasText: "the connection test failed" });
      await expectVisible(refusal);
      assert.match(
        await refusal.innerText(),
        /401.*Incorrect API key provided/s,
      );
      await shot("test-refused");
    },
  );

  step(
    "saves the right key and the test answers the latency and the models",
    async () => {
      await page
        .getByRole("row", { name: /Lab server/ })
        .getByRole("button", { name: /^Edit/ })
        .click();
      const dialog = page.getByRole("dialog", { name: "Edit Lab server" });
      await expectVisible(dialog.getByText("A key is set."));
      assert.equal(
        await dialog.getByLabel(/API key/).inputValue(),
        "",
        "the saved key is never shown",
      );
      await dialog.getByLabel(/API key/).fill(KEY);
      await dialog.getByRole("button", { name: "Save provider" }).click();
      await expectVisible(page.getByRole("heading", { name: "AI providers" }));
      await page
        .getByRole("row", { name: /Lab server/ })
        .getByRole("button", { name: /Test connection/ })
        .click();
      const success = page
        .getByRole("status")
        .filter({ hasText: /Lab server: connected in \d+ ms/ });
      await expectVisible(success);
      assert.match(await success.innerText(), /gpt-e2e-large, gpt-e2e-mini/);
      await shot("test-connected");
    },
  );

  step("edits a model price", async () => {
    const models = page.getByRole("table", {
      name: /Models the providers offer/,
    });
    const mini = models.getByRole("row", { name: /gpt-e2e-mini/ });
    await expectVisible(mini);
    await mini.getByRole("button", { name: /Edit prices/ }).click();
    const dialog = page.getByRole("dialog", { name: "Prices of gpt-e2e-mini" });
    await dialog.getByLabel("Input price per 1M tokens").fill("-1");
    await dialog.getByRole("button", { name: "Save prices" }).click();
    await expectVisible(
      dialog
        .getByText("Enter a price of 0 or more, or leave it empty.")
        .first(),
    );
    await dialog.getByLabel("Input price per 1M tokens").fill("0.15");
    await dialog.getByLabel("Output price per 1M tokens").fill("0.6");
    await dialog.getByRole("button", { name: "Save prices" }).click();
    await expectVisible(mini.getByText("0.15"));
    await expectVisible(mini.getByText("0.6", { exact: true }));
    await shot("prices");

    const listed = await api("GET", "/api/v1/ai/models");
    const priced = listed.items.find((m) => m.name === "gpt-e2e-mini");
    assert.equal(priced.inputPricePer1M, 0.15);
    assert.equal(priced.outputPricePer1M, 0.6);
    const saved = await api("GET", "/api/v1/ai/providers");
    assert.equal(saved.items[0].apiKeySet, true);
    assert.equal(JSON.stringify(saved).includes(KEY), false);
  });
});
