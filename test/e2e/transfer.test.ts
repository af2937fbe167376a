import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
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

/** Two rows for a member of a partnership: the lead's view, and a second one from `perspective` (valid or not). */
const rowsWith = (perspective: string, where: { partnership: string; organization: string }): InvolvementFileRow[] => [
  {
    program: "CMP",
    partnership: where.partnership,
    organization: where.organization,
    perspective: "lead",
    respondent: "Jordan Lee",
    answers: COLLABORATION_ANSWERS,
  },
  {
    program: "CMP",
    partnership: where.partnership,
    organization: where.organization,
    perspective,
    answers: { coordinated_activities: "oui", financial_resources: "non" },
  },
];

if (chromiumPath) {
  describe("importing and exporting spreadsheets in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let coordinatorEmail: string;
    let programId: string;
    let leadId: string;
    const involvementOf = (page: Page) => page.getByRole("region", { name: "Import involvement records" });

    /**
     * What a test imports into, of its own so that no test depends on what another wrote: a partnership
     * with one member organization, and an administrator who signs in for the test.
     */
    async function setting(place: string) {
      const partnership = `Safer ${place} Youth Network`;
      const organization = `${place} Youth Centre`;
      const { id } = await buildPartnership(database.db, { programId, leadOrganizationId: leadId, name: partnership });
      const member = await buildOrganization(database.db, { name: organization, sector: "youth_organizations" });
      const membershipId = (await buildMembership(database.db, id, member.id)).id;
      const admin = await buildUser(database.db, { role: "admin", email: `${place.toLowerCase()}@example.org` });
      const storedRecords = async () =>
        (
          await database.db
            .selectFrom("involvement_records")
            .select(["perspective"])
            .where("membership_id", "=", membershipId)
            .orderBy("perspective")
            .execute()
        ).map((row) => row.perspective);
      return { partnership, organization, adminEmail: admin.email, storedRecords };
    }

    /** Runs the test's steps on the import and export page, in a browser context of its own signed in as that user. */
    async function onDataPage(email: string, steps: (page: Page) => Promise<void>): Promise<void> {
      const page = await pageSignedInAs(browser, base, email, { width: 1280, height: 900 });
      try {
        await page.goto(`${base}/data`);
        await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
        await steps(page);
      } finally {
        await page.context().close();
      }
    }

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      programId = program.id;
      const lead = await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" });
      leadId = lead.id;
      const partnership = await buildPartnership(database.db, { programId: program.id, leadOrganizationId: lead.id, name: PARTNERSHIP });
      const member = await buildOrganization(database.db, { name: "Harbourview Youth Centre", sector: "youth_organizations" });
      await buildMembership(database.db, partnership.id, member.id);
      coordinatorEmail = (
        await buildUser(database.db, { role: "coordinator", email: "coordinator@example.org", partnershipIds: [partnership.id] })
      ).email;
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database, { width: 1280, height: 900 }));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "opens Import and export from the navigation and tells what each file must contain",
      async () => {
        const { adminEmail } = await setting("Northgate");
        const page = await pageSignedInAs(browser, base, adminEmail, { width: 1280, height: 900 });
        try {
          const involvement = involvementOf(page);
          await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import & export" }).click();
          await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
          await involvement.getByRole("heading", { level: 3, name: "What the file must contain" }).waitFor();
          await involvement.getByText("shared_decision_making", { exact: true }).waitFor();
          const registry = page.getByRole("region", { name: "Import the registry" });
          await registry.getByRole("heading", { level: 4, name: "Memberships" }).waitFor();
          await registry.getByRole("button", { name: "Template for memberships" }).waitFor();
          await page.getByRole("heading", { level: 2, name: "Export the registry" }).waitFor();
          await expect.poll(() => involvement.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);

          const template = page.waitForEvent("download");
          await involvement.getByRole("button", { name: "Download a template" }).click();
          const templateFile = await template;
          expect(templateFile.suggestedFilename()).toBe("involvement-template.csv");
          const header = readFileSync(await templateFile.path(), "utf8")
            .replace(/^\uFEFF/, "")
            .trim();
          expect(header.startsWith("program,partnership,organization,perspective,proposal_copy,")).toBe(true);
          await expectAccessible(page, "the import and export page");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );

    it(
      "lists every problem of a file with a bad row and writes nothing",
      async () => {
        const where = await setting("Bayside");
        await onDataPage(where.adminEmail, async (page) => {
          const involvement = involvementOf(page);
          await chooseFile(page, "File to import", "answers.csv", involvementCsv(rowsWith("boss", where)));
          await involvement.getByRole("button", { name: "Check the file" }).click();
          await involvement.getByRole("heading", { level: 3, name: "Result of the check" }).waitFor();
          await involvement.getByText("1 problem found").waitFor();
          await involvement.getByText(/^Nothing was written\./).waitFor();
          const problems = involvement.getByRole("table", { name: "Problems found in the file" });
          const problem = problems.getByRole("row").filter({ hasText: "perspective" });
          expect(await problem.getByRole("cell").allInnerTexts()).toEqual(["3", "perspective", expect.stringContaining("boss")]);
          await expect.poll(() => involvement.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);
          expect(await where.storedRecords()).toEqual([]);
          await expectAccessible(page, "a check with a problem");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "checks the corrected file, then imports it while showing the upload's progress",
      async () => {
        const where = await setting("Lakeshore");
        await onDataPage(where.adminEmail, async (page) => {
          const involvement = involvementOf(page);
          await chooseFile(page, "File to import", "answers.csv", involvementCsv(rowsWith("partner", where)));
          // The request is held back until the progress bar has been seen, then let through.
          let release = () => {};
          const released = new Promise<void>((resolve) => (release = resolve));
          await page.route("**/api/v1/imports/**", async (route) => {
            await released;
            await route.continue();
          });
          await involvement.getByRole("button", { name: "Check the file" }).click();
          const progress = involvement.getByRole("progressbar");
          await progress.waitFor();
          expect(await progress.getAttribute("aria-labelledby")).toBeTruthy();
          release();
          await involvement.getByText("No problems found").waitFor();
          await progress.waitFor({ state: "detached" });
          await page.unroute("**/api/v1/imports/**");

          const counts = involvement.getByRole("table", { name: "Records the import would create, update and leave unchanged" });
          expect(
            await counts
              .getByRole("row", { name: /Involvement records/ })
              .getByRole("cell")
              .allInnerTexts(),
          ).toEqual(["2", "0", "0"]);
          expect(await where.storedRecords()).toEqual([]);
          const importButton = involvement.getByRole("button", { name: "Import", exact: true });
          await expect.poll(() => importButton.isEnabled()).toBe(true);
          await expectAccessible(page, "a clean check");

          await importButton.click();
          await involvement.getByRole("heading", { level: 3, name: "Result of the import" }).waitFor();
          await page.getByRole("alert").filter({ hasText: "Import complete" }).first().waitFor();
          const done = involvement.getByRole("table", { name: "Records created, updated and unchanged by the import" });
          expect(
            await done
              .getByRole("row", { name: /Involvement records/ })
              .getByRole("cell")
              .allInnerTexts(),
          ).toEqual(["2", "0", "0"]);
          expect(await where.storedRecords()).toEqual(["lead", "partner"]);
          await expect.poll(() => importButton.isDisabled()).toBe(true);
          await expectAccessible(page, "a finished import");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "imports the same file again without changing anything",
      async () => {
        const where = await setting("Riverside");
        await onDataPage(where.adminEmail, async (page) => {
          const involvement = involvementOf(page);
          const counts = involvement.getByRole("table", { name: "Records the import would create, update and leave unchanged" });
          const planned = () =>
            counts
              .getByRole("row", { name: /Involvement records/ })
              .getByRole("cell")
              .allInnerTexts();
          await chooseFile(page, "File to import", "answers.csv", involvementCsv(rowsWith("partner", where)));
          await involvement.getByRole("button", { name: "Check the file" }).click();
          await expect.poll(planned).toEqual(["2", "0", "0"]);
          await involvement.getByRole("button", { name: "Import", exact: true }).click();
          await involvement.getByRole("heading", { level: 3, name: "Result of the import" }).waitFor();
          expect(await where.storedRecords()).toEqual(["lead", "partner"]);

          await involvement.getByRole("button", { name: "Check the file" }).click();
          await expect.poll(planned).toEqual(["0", "0", "2"]);
          await involvement.getByRole("button", { name: "Import", exact: true }).click();
          await involvement.getByText("Nothing changed").waitFor();
          const done = involvement.getByRole("table", { name: "Records created, updated and unchanged by the import" });
          expect(
            await done
              .getByRole("row", { name: /Involvement records/ })
              .getByRole("cell")
              .allInnerTexts(),
          ).toEqual(["0", "0", "2"]);
          expect(await where.storedRecords()).toEqual(["lead", "partner"]);
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "imports the registry from two CSV files, each recognized by its name",
      async () => {
        const { adminEmail } = await setting("Hillcrest");
        await onDataPage(adminEmail, async (page) => {
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
          const contacts = await database.db
            .selectFrom("contacts")
            .innerJoin("organizations", "organizations.id", "contacts.organization_id")
            .select(["contacts.name"])
            .where("organizations.name", "=", "Harbourview Food Bank")
            .execute();
          expect(contacts.map((contact) => contact.name)).toEqual(["Robin Roy"]);
          await expectAccessible(page, "a finished registry import");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "exports the registry as a workbook and one part as CSV",
      async () => {
        const { adminEmail } = await setting("Eastgate");
        await onDataPage(adminEmail, async (page) => {
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
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "shows the page in French",
      async () => {
        const where = await setting("Westmount");
        await onDataPage(where.adminEmail, async (page) => {
          await page.getByRole("radio", { name: "English" }).focus();
          await page.keyboard.press("ArrowRight");
          await page.getByRole("heading", { level: 1, name: "Importation et exportation" }).waitFor();
          const section = page.getByRole("region", { name: "Importer des fiches de participation" });
          await section.getByRole("heading", { level: 3, name: "Contenu exigé du fichier" }).waitFor();
          await section.getByRole("button", { name: "Télécharger un modèle" }).waitFor();
          await page.getByRole("heading", { level: 2, name: "Importer le répertoire" }).waitFor();
          await page.getByRole("region", { name: "Exporter le répertoire" }).getByRole("button", { name: "Télécharger" }).waitFor();

          await chooseFile(page, "Fichier à importer", "reponses.csv", involvementCsv(rowsWith("partner", where)));
          await section.getByRole("button", { name: "Vérifier le fichier" }).click();
          await section.getByRole("button", { name: "Importer", exact: true }).click();
          await section.getByRole("heading", { level: 3, name: "Résultat de l'importation" }).waitFor();
          await section
            .getByRole("table", { name: "Fiches créées, mises à jour et inchangées par l'importation" })
            .getByRole("columnheader", { name: "Inchangées" })
            .waitFor();

          // The server writes the problems in the language of the page.
          await chooseFile(page, "Fichier à importer", "reponses.csv", involvementCsv(rowsWith("patron", where)));
          await section.getByRole("button", { name: "Vérifier le fichier" }).click();
          const problems = section.getByRole("table", { name: "Problèmes relevés dans le fichier" });
          const problem = problems.getByRole("row").filter({ hasText: "perspective" });
          await problem.waitFor();
          expect(await problem.getByRole("cell").allInnerTexts()).toEqual([
            "3",
            "perspective",
            "doit être l'une des valeurs suivantes : lead, partner (valeur : 'patron')",
          ]);
          await expectAccessible(page, "the import and export page in French");
          await page.getByRole("radio", { name: "Français" }).focus();
          await page.keyboard.press("ArrowLeft");
          await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "offers a coordinator the involvement import only",
      async () => {
        const coordinatorPage = await pageSignedInAs(browser, base, coordinatorEmail, { width: 390, height: 844 });
        try {
          await coordinatorPage.goto(`${base}/data`);
          await coordinatorPage.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
          await coordinatorPage.getByRole("heading", { level: 2, name: "Import involvement records" }).waitFor();
          expect(await coordinatorPage.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(["Import involvement records"]);
          await expectAccessible(coordinatorPage, "the import page of a coordinator at phone width");
        } finally {
          await coordinatorPage.context().close();
        }
      },
      STEP_TIMEOUT,
    );
  });
}
