import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildUser } from "../support/factories.js";
import { buildInstrumentDocument } from "../support/survey-instruments-factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 120_000;

if (chromiumPath) {
  describe("survey instruments in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const admin = await buildUser(database.db, { role: "admin", email: "admin@example.org" });
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database, { width: 375, height: 800 }));
      await signIn(page, base, admin.email);
      await page.getByRole("radio", { name: "English" }).first().focus();
      await page.keyboard.press("ArrowRight");
      await page.locator("html[lang=fr]").waitFor({ state: "attached" });
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "an administrator imports a document with problems, reads them by path in French, fixes it, and exports it",
      async () => {
        const good = buildInstrumentDocument({ id: "browser-pulse" });
        const broken = { ...good, scores: [{ ...good.scores[0], items: ["trust_1", "trust_9"] }], bands: [...good.bands].reverse() };
        await page.goto(`${base}/admin/instruments`);
        await page.getByRole("heading", { level: 1, name: "Questionnaires d’enquête" }).waitFor();
        const upload = async (name: string, document: unknown) => {
          const chooser = page.waitForEvent("filechooser");
          await page.getByRole("button", { name: "Fichier JSON" }).click();
          await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(document)) });
          await page.getByRole("button", { name: "Importer", exact: true }).click();
        };
        await upload("broken.json", broken);
        const problems = page.getByRole("alert").filter({ hasText: "problèmes" });
        await problems.waitFor();
        await expect.poll(() => problems.innerText()).toContain("scores.0.items.1 « trust_9 » n'est pas une question de cet instrument");
        await expect.poll(() => problems.innerText()).toContain("bands.1.min doit suivre une tranche de min plus élevé");
        await expectAccessible(page, "the instruments page with the problems of a document");

        await upload("good.json", good);
        await page.getByRole("status").filter({ hasText: "« browser-pulse » version 1 importé" }).waitFor();
        await page.getByRole("link", { name: "L’ouvrir" }).click();
        await page.getByRole("heading", { level: 1, name: "Pouls de la ville" }).waitFor();
        await page.getByText("Les partenaires se font confiance.").waitFor();
        await expectAccessible(page, "an instrument's page");

        const download = page.waitForEvent("download");
        await page.getByRole("button", { name: "Exporter (JSON)" }).click();
        const file = await (await download).path();
        expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(good);
      },
      STEP_TIMEOUT,
    );
  });
}
