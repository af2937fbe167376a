// Reminders in the browser: a French representative follows the unsubscribe link of a digest mailed
// through a real SMTP server, on a phone, without signing in, and reads the confirmation in French; a
// user turns their own reminders off on the account page.
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sendDueReminders } from "../../src/server/modules/reminders/service.js";
import { closeBrowserApp, expectAccessible, openMailingBrowserApp, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildPartnership, buildUser } from "../support/factories.js";
import { buildCommitment, buildRepresentedMember } from "../support/reminder-factories.js";
import type { TestSmtpServer } from "../support/smtp.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
const PHONE = { width: 390, height: 800 };

if (chromiumPath) {
  describe("reminders in the browser", () => {
    let database: TestDatabase;
    let smtp: TestSmtpServer;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      ({ app, base, smtp, browser, page } = await openMailingBrowserApp(chromiumPath, database, { width: 1280, height: 900 }));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, smtp, database });
    });

    it(
      "unsubscribes a French contact from the link in a digest, without signing in, and confirms in French",
      async () => {
        const partnership = await buildPartnership(database.db, { name: "Harbourview" });
        const member = await buildRepresentedMember(database.db, partnership.id, {
          name: "Service de police",
          email: "chantal@police.example.org",
          language: "fr",
          contactName: "Chantal Roy",
        });
        await buildCommitment(database.db, partnership.id, member.organization.id, {
          description: "Patrouilles du parc",
          dueOn: "2026-12-03",
        });
        const mailer = { delivers: true, link: (path: string) => `${base}${path}`, wake: () => undefined };
        expect((await sendDueReminders(database.db, mailer, new Date("2026-12-01T09:00:00.000Z"))).digests).toBe(1);
        const [mail] = await smtp.waitForMessages(1);
        const link = /http:\/\/\S+\/unsubscribe\?token=\S+/.exec(mail?.text ?? "")?.[0];
        if (!link) throw new Error("no unsubscribe link in the digest");

        // The browser prefers English; the confirmation follows the contact's language.
        const context = await browser.newContext({ locale: "en-CA", reducedMotion: "reduce", viewport: PHONE });
        const phone = await context.newPage();
        await phone.goto(link);
        await phone.getByRole("heading", { level: 1, name: "Stop reminders" }).waitFor();
        await expectAccessible(phone, "the unsubscribe page");
        expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        const contact = () =>
          database.db.selectFrom("contacts").select("unsubscribed_at").where("id", "=", member.contact.id).executeTakeFirstOrThrow();
        // Opening the link changes nothing by itself (mail programs open links in advance).
        expect((await contact()).unsubscribed_at).toBeNull();
        await phone.getByRole("button", { name: "Stop my reminders" }).click();
        await phone.getByRole("heading", { level: 1, name: "Vous êtes désabonné" }).waitFor();
        await phone.getByRole("status").getByText("Aucun rappel ne vous sera plus envoyé.", { exact: false }).waitFor();
        await expectAccessible(phone, "the unsubscribe confirmation");
        expect((await contact()).unsubscribed_at).not.toBeNull();
        await context.close();

        const broken = await browser.newContext({ locale: "en-CA", viewport: PHONE });
        const other = await broken.newPage();
        await other.goto(`${base}/unsubscribe?token=mistyped`);
        await other.getByRole("button", { name: "Stop my reminders" }).click();
        await other.getByText("This link does not work").waitFor();
        await expectAccessible(other, "a mistyped unsubscribe link");
        await broken.close();
      },
      STEP_TIMEOUT,
    );

    it(
      "turns one's own reminders off and on from the account page",
      async () => {
        const user = await buildUser(database.db, { role: "partner", email: "pat@youth.example.org" });
        await signIn(page, base, user.email);
        await page.goto(`${base}/account`);
        await page.getByRole("heading", { level: 2, name: "Reminders" }).waitFor();
        const receive = page.getByRole("switch", { name: "Send me reminders" });
        await expect.poll(() => receive.isChecked()).toBe(true);
        await expectAccessible(page, "the account page");
        const optedOut = async () =>
          (await database.db.selectFrom("users").select("reminders_opt_out").where("id", "=", user.id).executeTakeFirstOrThrow())
            .reminders_opt_out;
        await receive.click({ force: true });
        await page.getByText("Reminders are off.").waitFor();
        await expect.poll(optedOut).toBe(1);
        await expect.poll(() => receive.isChecked()).toBe(false);
        await page.reload();
        await expect.poll(() => page.getByRole("switch", { name: "Send me reminders" }).isChecked()).toBe(false);
        await page.getByRole("switch", { name: "Send me reminders" }).click({ force: true });
        await expect.poll(optedOut).toBe(0);
      },
      STEP_TIMEOUT,
    );
  });
}
