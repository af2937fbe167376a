// A coordinator follows a survey round in the browser: the results stay withheld with two submitted
// responses and show as charts and tables with three; the French page reads in French; the downloads
// are offered; a program officer sees how many partnerships fall in each band. Accessible throughout.
import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildContact, buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { buildPageRound, PAGE_INSTRUMENT, submitPageResponses } from "../support/survey-pages-factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 120_000;

if (chromiumPath) {
  describe("survey rounds and their results in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let round: Awaited<ReturnType<typeof buildPageRound>>;
    let programId: string;
    let coordinatorEmail: string;
    let officerEmail: string;
    let adminEmail: string;
    let evaluatorId: string;
    let evaluatorEmail: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      programId = program.id;
      const lead = await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(database.db, { programId, leadOrganizationId: lead.id, name: "Safer Harbourview" });
      const school = await buildOrganization(database.db, { name: "Harbourview School Board", sector: "schools" });
      await buildMembership(database.db, partnership.id, school.id);
      await buildContact(database.db, lead.id, { name: "Amira Haddad", email: "amira@example.org" });
      await buildContact(database.db, school.id, { name: "Louis Tremblay", email: "louis@example.org" });
      round = await buildPageRound(database.db, partnership.id, { submitted: 2 });
      coordinatorEmail = (
        await buildUser(database.db, { role: "coordinator", email: "coordinator@example.org", partnershipIds: [partnership.id] })
      ).email;
      officerEmail = (await buildUser(database.db, { role: "program_officer", email: "officer@example.org", programIds: [programId] }))
        .email;
      adminEmail = (await buildUser(database.db, { role: "admin", email: "admin@example.org" })).email;
      ({ id: evaluatorId, email: evaluatorEmail } = await buildUser(database.db, { role: "evaluator", programIds: [programId] }));
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "withholds the results with two responses and shows every score and table with three",
      async () => {
        const page = await pageSignedInAs(browser, base, coordinatorEmail);
        try {
          await page.goto(`${base}/partnerships/${round.partnershipId}`);
          await page.getByRole("link", { name: "Surveys" }).click();
          await page.getByRole("heading", { level: 1, name: "Surveys" }).waitFor();
          await page.getByRole("link", { name: PAGE_INSTRUMENT.title.en }).waitFor();
          await expect.poll(() => page.getByText("2 of 6 (33%)").count()).toBeGreaterThan(0);
          await expectAccessible(page, "the rounds of a partnership");

          await page.getByRole("link", { name: PAGE_INSTRUMENT.title.en }).click();
          await page.getByRole("heading", { level: 1, name: `${PAGE_INSTRUMENT.title.en}: Baseline` }).waitFor();
          await page.getByText("Results appear once at least 3 responses are submitted (2 so far).").waitFor();
          // No chart (each is an image named by what it shows); the select's chevron is an unnamed graphic.
          await expect.poll(() => page.getByRole("img", { name: /\S/ }).count()).toBe(0);
          await page.getByRole("table", { name: "Respondents and how far they got" }).waitFor();
          await expectAccessible(page, "a round with its results withheld");

          await submitPageResponses(database.db, round, 3);
          await page.reload();
          await page.getByRole("heading", { level: 4, name: "Shared vision" }).waitFor();
          await page.getByRole("heading", { level: 4, name: "Communication" }).waitFor();
          await expect.poll(() => page.getByText("Results appear once at least").count()).toBe(0);
          await expect.poll(() => page.getByRole("img", { name: /Shared vision: .* disagree/ }).count()).toBe(1);
          await page.getByRole("table", { name: "Spread of answers for Shared vision" }).waitFor();
          await page
            .getByRole("table", { name: "How well has the partnership gone?" })
            .getByRole("rowheader", { name: "Very well" })
            .waitFor();
          for (const name of ["CSV", "Spreadsheet (XLSX)", "PDF report"]) {
            const link = page.getByRole("link", { name });
            expect(await link.getAttribute("href")).toMatch(new RegExp(`/api/v1/survey-rounds/${round.id}/results\\?format=`));
          }
          await expectAccessible(page, "a round with its results");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );

    it(
      "shows who was asked by status, and nobody's answers",
      async () => {
        const page = await pageSignedInAs(browser, base, coordinatorEmail);
        try {
          await page.goto(`${base}/surveys/${round.id}`);
          const table = page.getByRole("table", { name: "Respondents and how far they got" });
          await table.waitFor();
          const rows = table.locator("tbody tr");
          await expect.poll(() => rows.count()).toBe(6);
          const submitted = await database.db
            .selectFrom("survey_responses")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("round_id", "=", round.id)
            .where("submitted_at", "is not", null)
            .executeTakeFirstOrThrow();
          await page.getByRole("combobox", { name: "Show respondents" }).click();
          await page.getByRole("option", { name: "Submitted", exact: true }).click();
          await expect.poll(() => rows.count()).toBe(Number(submitted.n));
          for (const text of await rows.allTextContents()) expect(text).toContain("Submitted");
          await page.getByRole("combobox", { name: "Show respondents" }).click();
          await page.getByRole("option", { name: "Not started", exact: true }).click();
          await expect.poll(async () => (await rows.allTextContents()).every((text) => text.includes("Not started"))).toBe(true);
          await expectAccessible(page, "a round's respondents filtered by status");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );

    it(
      "lets an admin set the program's survey threshold, never below three, and give an evaluator the individual responses",
      async () => {
        await submitPageResponses(database.db, round, 3);
        const page = await pageSignedInAs(browser, base, adminEmail);
        try {
          await page.goto(`${base}/programs/${programId}`);
          await page.getByRole("heading", { level: 2, name: "Survey privacy" }).waitFor();
          const threshold = page.getByRole("textbox", { name: "Responses needed before a figure is shown" });
          await threshold.fill("2");
          await page.getByRole("button", { name: "Save", exact: true }).click();
          await page.getByText("Must be 3 or more").waitFor();
          await threshold.fill("5");
          await page.getByRole("button", { name: "Save", exact: true }).click();
          await page.getByText("The program's survey threshold is saved.").waitFor();
          const saved = () =>
            database.db.selectFrom("programs").select("survey_threshold").where("id", "=", programId).executeTakeFirstOrThrow();
          expect((await saved()).survey_threshold).toBe(5);
          await page.reload();
          await expect.poll(() => threshold.inputValue()).toBe("5");
          await expectAccessible(page, "a program's survey privacy");
          await threshold.fill("3");
          await page.getByRole("button", { name: "Save", exact: true }).click();
          await page.getByText("The program's survey threshold is saved.").waitFor();

          await page.goto(`${base}/users/${evaluatorId}`);
          const grant = page.getByRole("combobox", { name: "Individual survey responses" });
          await expect.poll(() => grant.inputValue()).toBe("May not export them");
          await grant.click();
          await page.getByRole("option", { name: "May export them without names or addresses" }).click();
          await page.getByRole("button", { name: "Save access" }).click();
          await page.getByText("Access saved.").waitFor();
          const user = await database.db
            .selectFrom("users")
            .select("response_export")
            .where("id", "=", evaluatorId)
            .executeTakeFirstOrThrow();
          expect(user.response_export).toBe("anonymous");
          await page.reload();
          await expect.poll(() => grant.inputValue()).toBe("May export them without names or addresses");
          await expectAccessible(page, "an evaluator's access with the export of responses");
        } finally {
          await page.context().close();
        }
        // The evaluator now finds the individual responses on the round's page, and only they do.
        const evaluator = await pageSignedInAs(browser, base, evaluatorEmail);
        try {
          await evaluator.goto(`${base}/surveys/${round.id}`);
          const csv = evaluator.getByRole("link", { name: "Individual responses (CSV)" });
          await csv.waitFor();
          const file = await evaluator.request.get(`${base}${await csv.getAttribute("href")}`);
          expect([file.status(), file.headers()["content-type"]]).toEqual([200, expect.stringContaining("text/csv")]);
          await expectAccessible(evaluator, "a round's page for an evaluator given the responses");
        } finally {
          await evaluator.context().close();
        }
        const coordinator = await pageSignedInAs(browser, base, coordinatorEmail);
        try {
          await coordinator.goto(`${base}/surveys/${round.id}`);
          await coordinator.getByText("Figures only: nobody's individual answers are shown.").waitFor();
          expect(await coordinator.getByRole("link", { name: /^Individual responses/ }).count()).toBe(0);
        } finally {
          await coordinator.context().close();
        }
      },
      STEP_TIMEOUT,
    );

    it(
      "writes the round's page in French",
      async () => {
        await submitPageResponses(database.db, round, 3);
        const page = await pageSignedInAs(browser, base, coordinatorEmail);
        try {
          // The language is the user's own once signed in (the sign-in page itself follows the browser's).
          await database.db.updateTable("users").set({ locale: "fr" }).where("email", "=", coordinatorEmail).execute();
          await page.evaluate(() => window.localStorage.setItem("convene.locale", "fr"));
          await page.goto(`${base}/surveys/${round.id}`);
          await page.getByRole("heading", { level: 1, name: `${PAGE_INSTRUMENT.title.fr}\u00a0: Situation de départ` }).waitFor();
          await page.getByRole("heading", { level: 4, name: "Vision commune" }).waitFor();
          await page.getByRole("heading", { level: 2, name: "Personnes sollicitées" }).waitFor();
          await page.getByRole("link", { name: "Rapport PDF" }).waitFor();
          await page.getByRole("button", { name: "Fermer plus tôt" }).waitFor();
          await expectAccessible(page, "a round in French");
        } finally {
          await page.context().close();
          await database.db.updateTable("users").set({ locale: "en" }).where("email", "=", coordinatorEmail).execute();
        }
      },
      STEP_TIMEOUT,
    );

    it(
      "shows a program officer how many partnerships fall in each band",
      async () => {
        await submitPageResponses(database.db, round, 3);
        const page = await pageSignedInAs(browser, base, officerEmail);
        try {
          await page.goto(`${base}/programs/${programId}`);
          await page.getByRole("link", { name: "Surveys across the program" }).click();
          await page.getByRole("heading", { level: 1, name: "Program surveys" }).waitFor();
          // The instrument chosen is kept in the address, as the reports keep their filters.
          await page.goto(`${base}/programs/${programId}/surveys?instrument=${PAGE_INSTRUMENT.id}`);
          const table = page.getByRole("table", { name: "Partnerships in each band, per score" });
          await table.waitFor();
          await table.getByRole("rowheader", { name: "Shared vision" }).waitFor();
          await page.getByRole("img", { name: /how many partnerships fall in each band/ }).waitFor();
          await page.getByRole("table", { name: "Scores by partnership" }).getByRole("link", { name: "Safer Harbourview" }).waitFor();
          await page.getByRole("button", { name: "Open rounds across partnerships" }).waitFor();
          await expectAccessible(page, "a program's surveys");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );
  });
}
