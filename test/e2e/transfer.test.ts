import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { COLLABORATION_ANSWERS, involvementCsv, type InvolvementFileRow } from "../support/involvement-files.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;

/** Picks a file through the browser's file chooser, as a user does. */
async function chooseFile(page: Page, label: string, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: label }).click();
  await (await chooser).setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
}

const PARTNERSHIP = "Safer Harbourview Youth Network";
const rowsWith = (perspective: string): InvolvementFileRow[] => [
  {
    program: "CMP",
    partnership: PARTNERSHIP,
    organization: "Harbourview Youth Centre",
    perspective: "lead",
    respondent: "Jordan Lee",
    answers: COLLABORATION_ANSWERS,
  },
  {
    program: "CMP",
    partnership: PARTNERSHIP,
    organization: "Harbourview Youth Centre",
    perspective,
    answers: { coordinated_activities: "oui", financial_resources: "non" },
  },
];

if (chromiumPath) {
  describe("importing and exporting spreadsheets in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let adminEmail: string;
    let coordinatorEmail: string;
    const storedRecords = async () =>
      (await database.db.selectFrom("involvement_records").select(["perspective"]).orderBy("perspective").execute()).map(
        (row) => row.perspective,
      );
    const involvement = () => page.getByRole("region", { name: "Import involvement records" });

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      adminEmail = (await buildUser(database.db, { role: "admin", email: "lead@example.org" })).email;
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(database.db, { programId: program.id, leadOrganizationId: lead.id, name: PARTNERSHIP });
      const member = await buildOrganization(database.db, { name: "Harbourview Youth Centre", sector: "youth_organizations" });
      await buildMembership(database.db, partnership.id, member.id);
      coordinatorEmail = (
        await buildUser(database.db, { role: "coordinator", email: "coordinator@example.org", partnershipIds: [partnership.id] })
      ).email;
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database, { width: 1280, height: 900 }));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "opens Import and export from the navigation and tells what each file must contain",
      async () => {
        await signIn(page, base, adminEmail);
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import & export" }).click();
        await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
        await involvement().getByRole("heading", { level: 3, name: "What the file must contain" }).waitFor();
        await involvement().getByText("shared_decision_making", { exact: true }).waitFor();
        const registry = page.getByRole("region", { name: "Import the registry" });
        await registry.getByRole("heading", { level: 4, name: "Memberships" }).waitFor();
        await registry.getByRole("button", { name: "Template for memberships" }).waitFor();
        await page.getByRole("heading", { level: 2, name: "Export the registry" }).waitFor();
        expect(await involvement().getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);

        const template = page.waitForEvent("download");
        await involvement().getByRole("button", { name: "Download a template" }).click();
        const templateFile = await template;
        expect(templateFile.suggestedFilename()).toBe("involvement-template.csv");
        const header = readFileSync(await templateFile.path(), "utf8")
          .replace(/^\uFEFF/, "")
          .trim();
        expect(header.startsWith("program,partnership,organization,perspective,proposal_copy,")).toBe(true);
        await expectAccessible(page, "the import and export page");
      },
      STEP_TIMEOUT,
    );

    it(
      "lists every problem of a file with a bad row and writes nothing",
      async () => {
        await chooseFile(page, "File to import", "answers.csv", involvementCsv(rowsWith("boss")));
        await involvement().getByRole("button", { name: "Check the file" }).click();
        await involvement().getByRole("heading", { level: 3, name: "Result of the check" }).waitFor();
        await involvement().getByText("1 problem found").waitFor();
        await involvement()
          .getByText(/^Nothing was written\./)
          .waitFor();
        const problems = involvement().getByRole("table", { name: "Problems found in the file" });
        const problem = problems.getByRole("row").filter({ hasText: "perspective" });
        expect(await problem.getByRole("cell").allInnerTexts()).toEqual(["3", "perspective", expect.stringContaining("boss")]);
        await expect.poll(() => involvement().getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);
        expect(await storedRecords()).toEqual([]);
        await expectAccessible(page, "a check with a problem");
      },
      STEP_TIMEOUT,
    );

    it(
      "checks the corrected file, then imports it while showing the upload's progress",
      async () => {
        await chooseFile(page, "File to import", "answers.csv", involvementCsv(rowsWith("partner")));
        // The request is held back until the progress bar has been seen, then let through.
        let release = () => {};
        const released = new Promise<void>((resolve) => (release = resolve));
        await page.route("**/api/v1/imports/**", async (route) => {
          await released;
          await route.continue();
        });
        await involvement().getByRole("button", { name: "Check the file" }).click();
        const progress = involvement().getByRole("progressbar");
        await progress.waitFor();
        expect(await progress.getAttribute("aria-labelledby")).toBeTruthy();
        release();
        await involvement().getByText("No problems found").waitFor();
        await progress.waitFor({ state: "detached" });
        await page.unroute("**/api/v1/imports/**");

        const counts = involvement().getByRole("table", { name: "Records the import would create, update and leave unchanged" });
        expect(
          await counts
            .getByRole("row", { name: /Involvement records/ })
            .getByRole("cell")
            .allInnerTexts(),
        ).toEqual(["2", "0", "0"]);
        expect(await storedRecords()).toEqual([]);
        const importButton = involvement().getByRole("button", { name: "Import", exact: true });
        await expect.poll(() => importButton.isEnabled()).toBe(true);
        await expectAccessible(page, "a clean check");

        await importButton.click();
        await involvement().getByRole("heading", { level: 3, name: "Result of the import" }).waitFor();
        await page.getByRole("alert").filter({ hasText: "Import complete" }).first().waitFor();
        const done = involvement().getByRole("table", { name: "Records created, updated and unchanged by the import" });
        expect(
          await done
            .getByRole("row", { name: /Involvement records/ })
            .getByRole("cell")
            .allInnerTexts(),
        ).toEqual(["2", "0", "0"]);
        expect(await storedRecords()).toEqual(["lead", "partner"]);
        await expect.poll(() => importButton.isDisabled()).toBe(true);
        await expectAccessible(page, "a finished import");
      },
      STEP_TIMEOUT,
    );

    it(
      "imports the same file again without changing anything",
      async () => {
        await involvement().getByRole("button", { name: "Check the file" }).click();
        const counts = involvement().getByRole("table", { name: "Records the import would create, update and leave unchanged" });
        await expect
          .poll(() =>
            counts
              .getByRole("row", { name: /Involvement records/ })
              .getByRole("cell")
              .allInnerTexts(),
          )
          .toEqual(["0", "0", "2"]);
        await involvement().getByRole("button", { name: "Import", exact: true }).click();
        await involvement().getByText("Nothing changed").waitFor();
        const done = involvement().getByRole("table", { name: "Records created, updated and unchanged by the import" });
        expect(
          await done
            .getByRole("row", { name: /Involvement records/ })
            .getByRole("cell")
            .allInnerTexts(),
        ).toEqual(["0", "0", "2"]);
        expect(await storedRecords()).toEqual(["lead", "partner"]);
      },
      STEP_TIMEOUT,
    );

    it(
      "imports the registry from two CSV files, each recognized by its name",
      async () => {
        const registry = page.getByRole("region", { name: "Import the registry" });
        const chooser = page.waitForEvent("filechooser");
        await registry.getByRole("button", { name: "Files to import" }).click();
        await (
          await chooser
        ).setFiles([
          {
            name: "organizations.csv",
            mimeType: "text/csv",
            buffer: Buffer.from("name,sector\nHarbourview Food Bank,community residents\n"),
          },
          {
            name: "contacts.csv",
            mimeType: "text/csv",
            buffer: Buffer.from("organization,name,email\nHarbourview Food Bank,Robin Roy,robin@food.example.org\n"),
          },
        ]);
        await registry.getByRole("button", { name: "Check the files" }).click();
        await registry.getByText("No problems found").waitFor();
        await registry.getByRole("heading", { level: 4, name: "To be added to the registry" }).waitFor();
        await registry.getByText("Harbourview Food Bank (Community residents)").waitFor();
        await registry.getByRole("button", { name: "Import", exact: true }).click();
        await registry.getByText("Import complete").waitFor();
        const contacts = await database.db.selectFrom("contacts").select(["name"]).execute();
        expect(contacts.map((contact) => contact.name)).toEqual(["Robin Roy"]);
        await expectAccessible(page, "a finished registry import");
      },
      STEP_TIMEOUT,
    );

    it(
      "exports the registry as a workbook and one part as CSV",
      async () => {
        const exporter = page.getByRole("region", { name: "Export the registry" });
        const workbookDownload = page.waitForEvent("download");
        await exporter.getByRole("button", { name: "Download" }).click();
        const workbookFile = await workbookDownload;
        expect(workbookFile.suggestedFilename()).toMatch(/\.xlsx$/);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(await workbookFile.path());
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["organizations", "contacts", "partnerships", "memberships"]);
        const organizations = workbook.getWorksheet("organizations");
        const names = organizations?.getColumn(1).values.slice(2).map(String) ?? [];
        expect(names).toEqual(expect.arrayContaining(["Harbourview City Hall", "Harbourview Youth Centre"]));
        await exporter.getByRole("progressbar").waitFor({ state: "detached" });

        await exporter.getByRole("radio", { name: "CSV file" }).check();
        await exporter.getByRole("combobox", { name: "Part of the registry" }).click();
        await page.getByRole("option", { name: "Partnerships" }).click();
        const csvDownload = page.waitForEvent("download");
        await exporter.getByRole("button", { name: "Download" }).click();
        const csvFile = await csvDownload;
        expect(csvFile.suggestedFilename()).toMatch(/partnerships.*\.csv$/);
        const csv = readFileSync(await csvFile.path(), "utf8");
        expect(csv).toContain(PARTNERSHIP);
        await expectAccessible(page, "the export with CSV chosen");
      },
      STEP_TIMEOUT,
    );

    it(
      "shows the page in French",
      async () => {
        await page.getByRole("radio", { name: "English" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.getByRole("heading", { level: 1, name: "Importation et exportation" }).waitFor();
        const section = page.getByRole("region", { name: "Importer des fiches de participation" });
        await section.getByRole("heading", { level: 3, name: "Contenu exigé du fichier" }).waitFor();
        await section.getByRole("button", { name: "Vérifier le fichier" }).waitFor();
        await section.getByRole("button", { name: "Télécharger un modèle" }).waitFor();
        await section.getByRole("heading", { level: 3, name: "Résultat de l'importation" }).waitFor();
        await section
          .getByRole("table", { name: "Fiches créées, mises à jour et inchangées par l'importation" })
          .getByRole("columnheader", { name: "Inchangées" })
          .waitFor();
        await page.getByRole("heading", { level: 2, name: "Importer le répertoire" }).waitFor();
        await page.getByRole("region", { name: "Exporter le répertoire" }).getByRole("button", { name: "Télécharger" }).waitFor();
        // The server writes the problems in the language of the page.
        await chooseFile(page, "Fichier à importer", "reponses.csv", involvementCsv(rowsWith("patron")));
        await section.getByRole("button", { name: "Vérifier le fichier" }).click();
        const problems = section.getByRole("table", { name: "Problèmes relevés dans le fichier" });
        const problem = problems.getByRole("row").filter({ hasText: "perspective" });
        expect(await problem.getByRole("cell").allInnerTexts()).toEqual([
          "3",
          "perspective",
          "doit être l'une des valeurs suivantes : lead, partner (valeur : 'patron')",
        ]);
        await expectAccessible(page, "the import and export page in French");
        await page.getByRole("radio", { name: "Français" }).focus();
        await page.keyboard.press("ArrowLeft");
        await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
      },
      STEP_TIMEOUT,
    );

    it(
      "offers a coordinator the involvement import only",
      async () => {
        const coordinatorPage = await pageSignedInAs(browser, base, coordinatorEmail, { width: 390, height: 844 });
        await coordinatorPage.goto(`${base}/data`);
        await coordinatorPage.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
        await coordinatorPage.getByRole("heading", { level: 2, name: "Import involvement records" }).waitFor();
        expect(await coordinatorPage.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(["Import involvement records"]);
        await expectAccessible(coordinatorPage, "the import page of a coordinator at phone width");
        await coordinatorPage.context().close();
      },
      STEP_TIMEOUT,
    );
  });
}
