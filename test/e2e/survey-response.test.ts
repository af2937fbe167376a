// A respondent answers from their personal link on a phone, without signing in: the form opens in their
// language, switches to French keeping the answers, saves as they go, resumes after a reload, refuses a
// submission that leaves a required question empty (the server's words by the question, the focus on it),
// then thanks them. A link that opens nothing shows one page, whatever the reason.
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { closeBrowserApp, expectAccessible, openBrowserApp } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildResponseLink } from "../support/survey-form-factories.js";

const chromiumPath = inject("chromiumPath");
const PHONE = { width: 375, height: 740 };
const STEP_TIMEOUT = 120_000;

const refusal = z.object({ error: z.object({ details: z.array(z.object({ field: z.string(), message: z.string() })) }) });

async function phonePage(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale, reducedMotion: "reduce" });
  return context.newPage();
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const focusedItem = (page: Page) => page.evaluate(() => document.activeElement?.closest("fieldset")?.id ?? null);

/** What the server says of the required item left empty, in one language, asked of it directly. */
async function requiredMessage(page: Page, base: string, token: string, language: "en" | "fr"): Promise<string> {
  const answer = await page.request.post(`${base}/api/v1/responses/${token}/submit`, {
    headers: { "accept-language": language },
    data: { answers: {} },
  });
  expect(answer.status()).toBe(400);
  const { details } = refusal.parse(await answer.json()).error;
  const detail = details.find((entry) => entry.field === "answers.future");
  if (!detail) throw new Error(`no problem named answers.future among ${details.map((entry) => entry.field).join(", ")}`);
  return detail.message;
}

if (chromiumPath) {
  describe("answering a survey from a personal link, on a phone", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database, PHONE));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "switches to French, saves as it goes, resumes, shows the missing required question by itself and thanks",
      async () => {
        const link = await buildResponseLink(database.db, { language: "en", threshold: 4 });
        const page = await phonePage(browser, "en-CA");
        await page.goto(`${base}/respond/${link.token}`);

        // In the respondent's language, saying who sees what before the first question.
        await page.getByRole("heading", { level: 1, name: "Partnership check-up" }).waitFor();
        await page.getByText(/only as totals of at least 4 submitted responses/).waitFor();
        await page.getByText("Your individual answers are never shown to the partnership or to its coordinator.").waitFor();
        await page.getByText(link.partnership.name, { exact: true }).waitFor();
        await page.getByText(link.organization.name, { exact: true }).waitFor();
        expect(await htmlLang(page)).toBe("en");
        await expectAccessible(page, "the survey form in English");

        // One answer in English, then the switch: the words change, the answer stays.
        const vision = page.getByRole("group", { name: /^Partners share a clear vision/ });
        await vision.getByRole("radio", { name: "4 Agree" }).check();
        await page.getByRole("radio", { name: "English" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.getByRole("heading", { level: 1, name: "Bilan du partenariat" }).waitFor();
        await expect.poll(() => htmlLang(page)).toBe("fr");
        expect(new URL(page.url()).searchParams.get("language")).toBe("fr");
        const visionFr = page.getByRole("group", { name: /^Les partenaires partagent une vision claire/ });
        expect(await visionFr.getByRole("radio", { name: "4 D’accord" }).isChecked()).toBe(true);
        await expect.poll(() => visionFr.getByText("(obligatoire)").count()).toBe(1);

        // More answers, of every kind of control; "Enregistré" once they are saved.
        await page
          .getByRole("group", { name: /^Comment votre organisme/ })
          .getByRole("radio", { name: "Issu de discussions entre organismes" })
          .check();
        await page
          .getByRole("group", { name: /^Quels avantages/ })
          .getByRole("checkbox", { name: "De nouveaux contacts" })
          .check();
        await page
          .getByRole("group", { name: /^À combien de réunions/ })
          .getByLabel(/^Votre réponse/)
          .fill("12");
        await page
          .getByRole("group", { name: /^En quelques mots/ })
          .getByLabel("Votre réponse")
          .fill("Un parc plus sûr");
        await page
          .getByRole("group", { name: /^Souhaitez-vous ajouter/ })
          .getByLabel("Votre réponse")
          .fill("Merci pour ce partenariat.");
        await page
          .getByRole("status")
          .filter({ hasText: /^Enregistré$/ })
          .waitFor();
        await expect.poll(() => page.getByText("6 sur 8 répondues").count()).toBe(1);
        await expectAccessible(page, "the survey form in French, saved");

        // Left and resumed from the same link: the answers come back, still in French.
        await page.reload();
        await page.getByRole("heading", { level: 1, name: "Bilan du partenariat" }).waitFor();
        expect(await visionFr.getByRole("radio", { name: "4 D’accord" }).isChecked()).toBe(true);
        expect(await page.getByRole("radio", { name: "Issu de discussions entre organismes" }).isChecked()).toBe(true);
        expect(await page.getByRole("checkbox", { name: "De nouveaux contacts" }).isChecked()).toBe(true);
        expect(
          await page
            .getByRole("group", { name: /^À combien de réunions/ })
            .getByLabel(/^Votre réponse/)
            .inputValue(),
        ).toBe("12");
        expect(
          await page
            .getByRole("group", { name: /^En quelques mots/ })
            .getByLabel("Votre réponse")
            .inputValue(),
        ).toBe("Un parc plus sûr");
        await expectAccessible(page, "the survey form resumed");

        // Submitting without the required yes/no question: the server's French words by it, the focus on it, a summary linking to it.
        const expected = await requiredMessage(page, base, link.token, "fr");
        expect(expected).not.toBe(await requiredMessage(page, base, link.token, "en"));
        await page.getByRole("button", { name: "Soumettre mes réponses" }).click();
        const summary = page.getByRole("alert").filter({ hasText: "1 question demande votre attention" });
        await summary.waitFor();
        await summary.getByRole("link", { name: /^Votre organisme poursuivrait-il des partenariats/ }).waitFor();
        const future = page.getByRole("group", { name: /^Votre organisme poursuivrait-il des partenariats/ });
        await future.getByText(expected, { exact: true }).waitFor();
        await expect.poll(() => focusedItem(page)).toBe("item-future");
        await expectAccessible(page, "the survey form with a required question left empty");

        // Answered with the keyboard from where the focus is, then submitted: thanks, and the answers may still change.
        await page.keyboard.press("Space");
        expect(await future.getByRole("radio", { name: "Oui" }).isChecked()).toBe(true);
        await expect.poll(() => future.getByText(expected, { exact: true }).count()).toBe(0);
        await page.getByRole("button", { name: "Soumettre mes réponses" }).click();
        await page.getByRole("heading", { level: 1, name: "Merci" }).waitFor();
        // The form stays behind the thanks, hidden, with the same note: only the one in sight counts.
        await page
          .getByText(/^Soumis le .+ Vous pouvez encore modifier vos réponses jusqu’au/)
          .filter({ visible: true })
          .waitFor();
        await expectAccessible(page, "the thanks after submitting");

        const stored = await database.db
          .selectFrom("survey_responses")
          .select(["answers", "submitted_at"])
          .where("respondent_id", "=", link.respondentId)
          .executeTakeFirstOrThrow();
        expect(stored.submitted_at).not.toBeNull();
        expect(JSON.parse(stored.answers)).toMatchObject({
          vision: 4,
          involved: "discussion",
          benefits: ["contacts"],
          meetings: 12,
          future: "yes",
        });

        // Back to the answers: the note says when they were submitted.
        await page.getByRole("button", { name: "Revoir ou modifier mes réponses" }).click();
        await page.getByRole("heading", { level: 1, name: "Bilan du partenariat" }).waitFor();
        await page.getByRole("button", { name: "Soumettre mes modifications" }).waitFor();
        await page.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "shows the same friendly page in the browser's language for an unknown, a revoked and a closed link",
      async () => {
        const revoked = await buildResponseLink(database.db);
        await database.db
          .updateTable("survey_respondents")
          .set({ revoked_at: new Date().toISOString() })
          .where("id", "=", revoked.respondentId)
          .execute();
        const closed = await buildResponseLink(database.db, { language: "fr" });
        await database.db
          .updateTable("survey_rounds")
          .set({ closed_at: new Date().toISOString() })
          .where("id", "=", closed.roundId)
          .execute();

        const english = await phonePage(browser, "en-CA");
        for (const token of ["no-such-link", revoked.token, closed.token]) {
          await english.goto(`${base}/respond/${token}`);
          await english.getByRole("heading", { level: 1, name: "Survey" }).waitFor();
          await english.getByRole("alert").filter({ hasText: "This link does not open a survey" }).waitFor();
          expect(await htmlLang(english)).toBe("en");
        }
        await expectAccessible(english, "a link that opens no survey");
        await english.context().close();

        const french = await phonePage(browser, "fr-CA");
        await french.goto(`${base}/respond/${closed.token}`);
        await french.getByRole("alert").filter({ hasText: "Ce lien n’ouvre aucun questionnaire" }).waitFor();
        await expect.poll(() => htmlLang(french)).toBe("fr");
        await expectAccessible(french, "a link that opens no survey, in French");
        await french.context().close();
      },
      STEP_TIMEOUT,
    );
  });
}
