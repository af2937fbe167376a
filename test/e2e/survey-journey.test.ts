// A health-check round from start to finish, against the real server and a real SMTP server: a
// coordinator opens it in the web app for four people; the first respondent opens the link read from
// their invitation on a phone, answers part in French, leaves, comes back to the same link, finds their
// answers, finishes and submits; a second answers on the web and a third through the API with the
// token from their mail. The coordinator sees the response rate and nothing else while two responses
// are in (the CSV says withheld), and the scores with their bands from the third on. axe-core on every
// page visited, the public form included.
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { surveyResultsSchema } from "../../src/contracts/surveys.js";
import { BUILT_IN_INSTRUMENTS } from "../../src/domain/surveys/built-in/index.js";
import type { Instrument } from "../../src/domain/surveys/instrument.js";
import { closeBrowserApp, expectAccessible, openMailingBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildContact, buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { linkIn, type ReceivedMail, type TestSmtpServer } from "../support/smtp.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 360_000;
const PHONE = { width: 375, height: 740 };
const SCALE = {
  en: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
  fr: ["Tout à fait en désaccord", "En désaccord", "Ni en accord ni en désaccord", "D’accord", "Tout à fait d’accord"],
} as const;

function healthCheck(): Instrument {
  const found = BUILT_IN_INSTRUMENTS.find((instrument) => instrument.id === "health-check");
  if (!found) throw new Error("no built-in health check");
  return found;
}

type Statement = { id: string; reverse: boolean; score: string };

/** Every statement of the instrument, with the score it counts in. */
function statementsOf(instrument: Instrument): Statement[] {
  const scoreOf = new Map(instrument.scores.flatMap((score) => score.items.map((item) => [item, score.key] as const)));
  return instrument.sections.flatMap((section) =>
    section.items.map((item) => ({ id: item.id, reverse: item.reverse === true, score: scoreOf.get(item.id) ?? "" })),
  );
}

/** The value to give so that the statement counts `counted` (a reverse statement counts 6 − value). */
const given = (statement: Statement, counted: number) => (statement.reverse ? 6 - counted : counted);

/** Rates each statement on the form so that it counts `counted`, by the scale point's spoken name. */
async function rate(page: Page, statements: Statement[], counted: number, language: "en" | "fr"): Promise<void> {
  for (const statement of statements) {
    const value = given(statement, counted);
    await page
      .locator(`fieldset#item-${statement.id}`)
      .getByRole("radio", { name: `${value} ${SCALE[language][value - 1]}`, exact: true })
      .check();
  }
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

if (chromiumPath) {
  describe("a survey round from the coordinator's form to the scores", () => {
    let database: TestDatabase;
    let smtp: TestSmtpServer;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let partnershipId: string;
    let coordinatorEmail: string;
    const people = [
      { name: "Amira Haddad", email: "amira@cityhall.example.org" },
      { name: "Louis Tremblay", email: "louis@schools.example.org" },
      { name: "Chantal Roy", email: "chantal@police.example.org" },
      { name: "Sam Okafor", email: "sam@youth.example.org" },
    ];

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const db = database.db;
      const program = await buildProgram(db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(db, { programId: program.id, leadOrganizationId: lead.id, name: "Safer Harbourview" });
      partnershipId = partnership.id;
      const members = [
        lead,
        await buildOrganization(db, { name: "Harbourview School Board", sector: "schools" }),
        await buildOrganization(db, { name: "Harbourview Police Service", sector: "police" }),
        await buildOrganization(db, { name: "Harbourview Youth Centre", sector: "youth_services" }),
      ];
      for (const [index, organization] of members.entries()) {
        if (index > 0) await buildMembership(db, partnership.id, organization.id);
        const person = people[index];
        if (person) await buildContact(db, organization.id, person);
      }
      coordinatorEmail = (
        await buildUser(db, { role: "coordinator", email: "coordinator@cityhall.example.org", partnershipIds: [partnership.id] })
      ).email;
      ({ app, base, smtp, browser } = await openMailingBrowserApp(chromiumPath, database, PHONE));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, smtp, database });
    });

    it(
      "opens a round in the web app, collects three responses from mailed links, and shows the scores only from the third",
      async () => {
        const instrument = healthCheck();
        const statements = statementsOf(instrument);
        const half = Math.ceil(statements.length / 2);
        const scoreTitle = (key: string) => instrument.scores.find((score) => score.key === key)?.title.en ?? key;

        // The coordinator opens a round of the health check for four people.
        const coordinator = await pageSignedInAs(browser, base, coordinatorEmail);
        await expectAccessible(coordinator, "the welcome page");
        await coordinator.goto(`${base}/partnerships/${partnershipId}`);
        await coordinator.getByRole("link", { name: "Surveys" }).click();
        await coordinator.getByRole("heading", { level: 1, name: "Surveys" }).waitFor();
        await coordinator.getByText("No round yet.").waitFor();
        await expectAccessible(coordinator, "a partnership's surveys, none yet");
        await coordinator.getByRole("button", { name: "Open a round" }).click();
        const dialog = coordinator.getByRole("dialog", { name: "Open a survey round" });
        await dialog.getByRole("combobox", { name: "Instrument" }).click();
        await coordinator.getByRole("option", { name: instrument.title.en }).click();
        await dialog.getByText("The 11 ingredients of a partnership, rated from strongly disagree to strongly agree.").waitFor();
        for (const person of people) await dialog.getByRole("checkbox", { name: person.name }).check();
        await dialog.getByText("4 people chosen.").waitFor();
        await expectAccessible(coordinator, "the form that opens a round");
        await dialog.getByRole("button", { name: "Open the round and send the links" }).click();
        await coordinator.getByRole("heading", { level: 1, name: `${instrument.title.en}: Baseline` }).waitFor();
        const roundId = new URL(coordinator.url()).pathname.split("/").at(-1) ?? "";
        await coordinator.getByText("Responses: 0 of 4 (0%)").first().waitFor();
        await coordinator.getByText("Results appear once at least 3 responses are submitted (0 so far).").waitFor();
        await expectAccessible(coordinator, "the round just opened");

        // Each person gets one invitation with a personal link.
        const mails = await smtp.waitForMessages(4);
        expect(
          mails
            .map((mail) => mail.to)
            .flat()
            .sort(),
        ).toEqual(people.map((person) => person.email).sort());
        const linkFor = (email: string) => {
          const mail = mails.find((entry: ReceivedMail) => entry.to.includes(email));
          if (!mail) throw new Error(`no invitation to ${email}`);
          const link = linkIn(mail);
          expect(link).toMatch(new RegExp(`^${base}/respond/[A-Za-z0-9_-]{20,}$`));
          return link;
        };
        const [amira, louis, chantal] = people.map((person) => linkFor(person.email));
        if (!amira || !louis || !chantal) throw new Error("missing links");

        // Amira opens her link on a phone, without an account, and switches to French.
        const phone = await browser.newContext({ viewport: PHONE, locale: "en-CA", reducedMotion: "reduce" });
        let form = await phone.newPage();
        await form.goto(amira);
        await form.getByRole("heading", { level: 1, name: instrument.title.en }).waitFor();
        await form.getByText("Safer Harbourview", { exact: true }).waitFor();
        await form.getByText(/only as totals of at least 3 submitted responses/).waitFor();
        await expectAccessible(form, "the form in English, on a phone");
        await expectNoSidewaysScroll(form, "the form in English");
        await form.getByRole("radio", { name: "English" }).focus();
        await form.keyboard.press("ArrowRight");
        await form.getByRole("heading", { level: 1, name: instrument.title.fr }).waitFor();
        await expect.poll(() => htmlLang(form)).toBe("fr");

        // She answers the first half, waits for it to be saved, and closes the page.
        await rate(form, statements.slice(0, half), 4, "fr");
        await form
          .getByRole("status")
          .filter({ hasText: /^Enregistré$/ })
          .waitFor();
        await expectAccessible(form, "the form in French, half answered");
        await expectNoSidewaysScroll(form, "the form in French");
        await form.close();

        // She opens the same link again: her answers are there; in French again, she finishes and submits.
        form = await phone.newPage();
        await form.goto(amira);
        await form.getByRole("heading", { level: 1, name: instrument.title.en }).waitFor();
        await form.getByRole("radio", { name: "English" }).focus();
        await form.keyboard.press("ArrowRight");
        await form.getByRole("heading", { level: 1, name: instrument.title.fr }).waitFor();
        for (const statement of statements.slice(0, half)) {
          const value = given(statement, 4);
          const radio = form.locator(`fieldset#item-${statement.id}`).getByRole("radio", { name: `${value} ${SCALE.fr[value - 1]}` });
          expect(await radio.isChecked(), `${statement.id} kept`).toBe(true);
        }
        await expectAccessible(form, "the form resumed");
        await rate(form, statements.slice(half), 4, "fr");
        await form.getByRole("button", { name: "Soumettre mes réponses" }).click();
        await form.getByRole("heading", { level: 1, name: "Merci" }).waitFor();
        await expectAccessible(form, "the thanks, in French");
        await phone.close();

        // Louis answers on the web too, in English.
        const second = await browser.newContext({ viewport: PHONE, locale: "en-CA", reducedMotion: "reduce" });
        const louisForm = await second.newPage();
        await louisForm.goto(louis);
        await louisForm.getByRole("heading", { level: 1, name: instrument.title.en }).waitFor();
        await rate(louisForm, statements, 5, "en");
        await louisForm.getByRole("button", { name: "Submit my answers" }).click();
        await louisForm.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
        await expectAccessible(louisForm, "the thanks, in English");
        await second.close();

        // Two responses: the rate, no figure, and the CSV says withheld.
        await coordinator.reload();
        await coordinator.getByText("Results appear once at least 3 responses are submitted (2 so far).").waitFor();
        await coordinator.getByText("Responses: 2 of 4 (50%)").first().waitFor();
        expect(await coordinator.getByText(/· (Strength|Borderline|Concern)$/).count()).toBe(0);
        expect(await coordinator.getByRole("img", { name: new RegExp(scoreTitle("shared_vision")) }).count()).toBe(0);
        await expectAccessible(coordinator, "the round with two responses");
        const csv = await coordinator.request.get(`${base}/api/v1/survey-rounds/${roundId}/results?format=csv`);
        expect(csv.status()).toBe(200);
        const csvText = await csv.text();
        expect(csvText).toMatch(/Withheld/);
        expect(csvText).not.toMatch(/Strength|Borderline/);
        const json = await coordinator.request.get(`${base}/api/v1/survey-rounds/${roundId}/results`);
        expect(surveyResultsSchema.parse(await json.json())).toMatchObject({
          invited: 4,
          submitted: 2,
          threshold: 3,
          withheld: true,
          scores: [],
          items: [],
        });

        // Chantal answers through the API with the token of her link: 3 everywhere, 1 on communication.
        const token = new URL(chantal).pathname.split("/").at(-1) ?? "";
        const answers = Object.fromEntries(
          statements.map((statement) => [statement.id, given(statement, statement.score === "communication" ? 1 : 3)]),
        );
        const saved = await fetch(`${base}/api/v1/responses/${token}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ answers }),
        });
        expect(saved.status).toBe(200);
        const submitted = await fetch(`${base}/api/v1/responses/${token}/submit`, { method: "POST" });
        expect(submitted.status).toBe(200);

        // Three responses: each score's mean and band, in words. Shared vision (4 + 5 + 3) / 3 = 4.00,
        // a strength; communication (4 + 5 + 1) / 3 = 3.33, borderline.
        await coordinator.reload();
        await coordinator.getByText("Responses: 3 of 4 (75%)").first().waitFor();
        await coordinator.getByRole("heading", { level: 4, name: scoreTitle("shared_vision") }).waitFor();
        const card = (key: string) => coordinator.getByRole("article", { name: scoreTitle(key) });
        await card("shared_vision").getByText("4.00 · Strength", { exact: true }).waitFor();
        await card("communication").getByText("3.33 · Borderline", { exact: true }).waitFor();
        await expect.poll(() => coordinator.getByText("Results appear once at least").count()).toBe(0);
        // The lead answered too: the chart names each view it shows, e.g. "Shared vision (Partners): 0 disagree, …".
        await coordinator.getByRole("img", { name: new RegExp(`${scoreTitle("shared_vision")}( \\([^)]+\\))?: \\d+ disagree`) }).waitFor();
        await expectAccessible(coordinator, "the round with its scores");
        const shown = surveyResultsSchema.parse(
          await (await coordinator.request.get(`${base}/api/v1/survey-rounds/${roundId}/results`)).json(),
        );
        expect(shown).toMatchObject({ submitted: 3, withheld: false });
        expect(shown.scores.find((score) => score.key === "shared_vision")).toMatchObject({ mean: 4, band: "strength", answers: 9 });
        expect(shown.scores.find((score) => score.key === "communication")).toMatchObject({ mean: 3.33, band: "borderline" });
        await coordinator.context().close();
      },
      STEP_TIMEOUT,
    );
  });
}
