import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { dirname, join } from "node:path";
import { after, before, describe } from "node:test";
import { fileURLToPath } from "node:url";

import { apiClient, uploadIndexedMarkdown } from "../support/api.mjs";
import {
  expectHidden,
  expectVisible,
  openDesktopPage,
} from "../support/browser.mjs";
import { useServer } from "../support/server.mjs";
import { scenarioSteps, signIn } from "../support/steps.mjs";

const resultsDir = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "test-results",
);
const run = randomUUID().slice(0, 8);
const owner = {
  email: `dana.${run}@example.com`,
  password: "amber-delta-rivers-58",
};
/** Ingestion runs the embedding model on a busy machine: allow it time, but not forever. */
const INDEXING_TIMEOUT_MS = 90_000;
const SEARCH_TIMEOUT_MS = 60_000;
/** A word only one section far down the handbook holds: its passage starts well past the first screenful. */
const RARE_WORD = "quillwort";
const HANDBOOK = Array.from({ length: 40 }, (_, i) =>
  i === 33
    ? `## Section ${i + 1}\n\nThe ${RARE_WORD} beds by the north pond are weeded by hand in spring.\n`
    : `## Section ${i + 1}\n\nRoutine ${i + 1}: the greenhouse vents are opened at dawn and closed at dusk.\n`,
).join("\n");

/**
 * After an upload: what the browser refuses before sending (a program, a file over the limit),
 * a failed document tried again and removed, a search hit opened at its passage (scrolled to,
 * highlighted, still there after a reload), the title and tags edited, and the original file
 * downloaded byte for byte.
 */
describe("an owner works with documents after uploading them", () => {
  let server;
  let browser;
  let page;
  let shot;
  let token;
  let knowledgeBaseId;
  let handbookId;
  const uploadRequests = [];

  const step = scenarioSteps((name) => shot(name));
  let call;
  const api = (method, path, body) => call(method, path, body, token);
  const heading = (name) => page.getByRole("heading", { level: 1, name });
  const row = (text) => page.getByRole("row").filter({ hasText: text });
  const uploads = () => page.getByRole("list", { name: "Uploads" });

  /** Drops files made in the page (so a large one never crosses the test's own wire) on the upload area. */
  async function dropGenerated(files) {
    const transfer = await page.evaluateHandle((items) => {
      const dataTransfer = new DataTransfer();
      for (const item of items) {
        const bytes = new Uint8Array(item.size);
        bytes.set(new TextEncoder().encode(item.head));
        dataTransfer.items.add(
          new File([bytes], item.name, { type: item.type }),
        );
      }
      return dataTransfer;
    }, files);
    await page
      .getByTestId("upload-drop-zone")
      .dispatchEvent("drop", { dataTransfer: transfer });
  }

  function inViewport(locator) {
    return locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
  }

  before(async () => {
    server = await useServer({ logDir: resultsDir });
    call = apiClient(server.baseUrl);
    await api("POST", "/api/v1/auth/register", {
      organizationName: `Greenhouse ${run}`,
      name: "Dana Owner",
      email: owner.email,
      password: owner.password,
    });
    token = (await api("POST", "/api/v1/auth/login", owner)).accessToken;
    knowledgeBaseId = (
      await api("POST", "/api/v1/knowledge-bases", { name: "Greenhouse" })
    ).id;
    handbookId = (
      await uploadIndexedMarkdown(
        api,
        knowledgeBaseId,
        "handbook.md",
        HANDBOOK,
        INDEXING_TIMEOUT_MS,
      )
    ).id;
    ({ browser, page, shot } = await openDesktopPage(
      server.baseUrl,
      join(resultsDir, "screenshots", "knowledge-details"),
    ));
    page.on("request", (request) => {
      if (
        request.method() === "POST" &&
        /\/documents$/.test(new URL(request.url()).pathname)
      ) {
        uploadRequests.push(request.url());
      }
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step(
    "refuses a program and a file over the limit before sending them",
    async () => {
      await signIn(page, owner);
      await page.goto(`/knowledge/bases/${knowledgeBaseId}`);
      await expectVisible(heading("Greenhouse"));
      await expectVisible(page.getByText(/up to 50 MB each/));
      await dropGenerated([
        {
          name: "setup.exe",
          type: "application/x-msdownload",
          size: 4096,
          head: "MZ",
        },
        {
          name: "survey.pdf",
          type: "application/pdf",
          size: 77 * 1024 * 1024,
          head: "%PDF-1.4",
        },
      ]);
      const program = uploads()
        .getByRole("listitem")
        .filter({ hasText: "setup.exe" });
      await expectVisible(
        program.getByText("This file type can't be read: Windows program."),
      );
      await expectVisible(program.getByText("Not sent"));
      const large = uploads()
        .getByRole("listitem")
        .filter({ hasText: "survey.pdf" });
      await expectVisible(
        large.getByText("This file is 77 MB; the limit is 50 MB."),
      );
      assert.deepEqual(uploadRequests, [], "no upload was sent");
      await shot("refused-before-sending");
    },
  );

  step("tries a failed document again and then removes it", async () => {
    // a PDF cut off after its header: readable type, but it fails in extraction
    const broken = new FormData();
    broken.append(
      "file",
      new Blob(["%PDF-1.4\n1 0 obj\n<<"], { type: "application/pdf" }),
      "broken.pdf",
    );
    const document = await api(
      "POST",
      `/api/v1/knowledge-bases/${knowledgeBaseId}/documents`,
      broken,
    );
    const failedRow = row("broken.pdf");
    await expectVisible(
      failedRow.getByText(
        "This file is damaged, or is not the kind of file its name says",
      ),
      INDEXING_TIMEOUT_MS,
    );
    await shot("failed-document");
    const retried = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/v1/documents/${document.id}/retry`) &&
        response.status() === 202,
    );
    await failedRow
      .getByRole("button", { name: "Try again broken.pdf" })
      .click();
    await retried;
    await expectVisible(page.getByText("broken.pdf: trying again."));
    // it runs again and, the file being what it is, fails again with the same reason
    const deadline = Date.now() + INDEXING_TIMEOUT_MS;
    while (
      (await api("GET", `/api/v1/documents/${document.id}`)).status !== "failed"
    ) {
      assert.ok(Date.now() < deadline, "the retried document did not finish");
      await delay(300);
    }
    await expectVisible(failedRow.getByText("Failed"));
    await failedRow.getByRole("button", { name: "Remove broken.pdf" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove document?" });
    await dialog.getByRole("button", { name: "Remove document" }).click();
    await expectVisible(page.getByText("broken.pdf removed."));
    await expectHidden(row("broken.pdf"));
    const list = await api(
      "GET",
      `/api/v1/knowledge-bases/${knowledgeBaseId}/documents`,
    );
    assert.deepEqual(
      list.items.map((d) => d.title),
      ["handbook.md"],
    );
  });

  step(
    "opens a search hit scrolled to its passage, highlighted, and keeps it on reload",
    async () => {
      await page.goto(`/knowledge/search?q=${RARE_WORD}&mode=fulltext`);
      const link = page
        .getByRole("list", { name: "Search results" })
        .getByRole("link", { name: "handbook.md" })
        .first();
      await expectVisible(link, SEARCH_TIMEOUT_MS);
      await link.click();
      await page.waitForURL(
        (url) => url.pathname === `/knowledge/documents/${handbookId}`,
      );
      assert.match(page.url(), /\?chunk=[0-9a-f-]+#chunk-[0-9a-f-]+$/);
      const passage = page.getByLabel("Passage from your search");
      await expectVisible(passage);
      assert.match(
        await passage.innerText(),
        new RegExp(`The ${RARE_WORD} beds by the north pond`),
      );
      assert.ok(await inViewport(passage), "the passage is scrolled into view");
      await shot("passage-highlighted");

      await page.reload();
      await expectVisible(heading("handbook.md"));
      await expectVisible(passage);
      assert.match(await passage.innerText(), new RegExp(RARE_WORD));
      assert.ok(
        await inViewport(passage),
        "the passage is scrolled into view after a reload",
      );
      await shot("passage-after-reload");
    },
  );

  step("edits the title and tags in place", async () => {
    await page.getByRole("button", { name: "Edit title and tags" }).click();
    const form = page.getByRole("form", { name: "Edit title and tags" });
    await form.getByLabel("Title").fill("Greenhouse handbook");
    await form.getByLabel(/^Tags/).fill("plants, routines");
    await form.getByRole("button", { name: "Save" }).click();
    await expectVisible(heading("Greenhouse handbook"));
    await expectVisible(page.getByText("Title and tags saved."));
    await expectHidden(form);
    const saved = await api("GET", `/api/v1/documents/${handbookId}`);
    assert.equal(saved.title, "Greenhouse handbook");
    assert.deepEqual(saved.tags, ["plants", "routines"]);
    await shot("title-and-tags-edited");
  });

  step("downloads the original file, byte for byte", async () => {
    const downloaded = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download version 1" }).click();
    const download = await downloaded;
    assert.equal(download.suggestedFilename(), "handbook.md");
    assert.equal(readFileSync(await download.path(), "utf8"), HANDBOOK);
  });
});
