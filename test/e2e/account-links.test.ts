// Invitations and forgotten passwords end to end: the server mails a one-time link through a real
// SMTP server, the link is read from what that server received and opened in the browser.
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openMailingBrowserApp, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildUser, TEST_PASSWORD } from "../support/factories.js";
import { linkIn, type TestSmtpServer } from "../support/smtp.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
const PHONE = { width: 375, height: 800 };

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "en-CA", reducedMotion: "reduce", viewport: PHONE });
  return context.newPage();
}

if (chromiumPath) {
  describe("mailed links in the browser", () => {
    let database: TestDatabase;
    let smtp: TestSmtpServer;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let adminEmail: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      adminEmail = (await buildUser(database.db, { role: "admin", email: "admin@harbourview.example.org" })).email;
      ({ app, base, smtp, browser, page } = await openMailingBrowserApp(chromiumPath, database, { width: 1280, height: 900 }));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, smtp, database });
    });

    it(
      "invites a person by email, who chooses a password from the mailed link and is signed in",
      async () => {
        await signIn(page, base, adminEmail);
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
        await page.getByRole("heading", { level: 1, name: "Outbox" }).waitFor();
        await page.getByRole("link", { name: "Invite a user" }).click();
        await page.getByRole("heading", { level: 1, name: "Invite a user" }).waitFor();
        await page.getByLabel(/^Email address/).fill("nora@harbourview.example.org");
        await page.getByLabel(/^Name/).fill("Nora Newcomer");
        await page.getByRole("combobox", { name: "Role", exact: true }).click();
        await page.getByRole("option", { name: "Coordinator", exact: true }).click();
        await expectAccessible(page, "the invitation form");
        await page.getByRole("button", { name: "Send the invitation" }).click();
        await page.getByText("Invitation sent to nora@harbourview.example.org.").waitFor();
        await page.getByRole("heading", { level: 1, name: "Outbox" }).waitFor();

        const [mail] = await smtp.waitForMessages(1);
        if (!mail) throw new Error("no invitation arrived");
        expect(mail.to).toEqual(["nora@harbourview.example.org"]);
        expect(mail.subject).toBe("admin@harbourview.example.org invites you to join Convene");
        const invited = await phonePage(browser);
        await invited.goto(linkIn(mail));
        await invited.getByRole("heading", { level: 1, name: "Welcome to Convene" }).waitFor();
        await expectAccessible(invited, "the invitation page");
        await expectNoSidewaysScroll(invited, "the invitation page");
        await invited.getByLabel(/^Your password/).fill("short");
        await invited.getByRole("button", { name: "Choose this password and sign in" }).click();
        await invited
          .getByText(/at least 12 characters/i)
          .first()
          .waitFor();
        await invited.getByLabel(/^Your password/).fill("aaaaaaaaaaaaaaaa");
        await invited.getByRole("button", { name: "Choose this password and sign in" }).click();
        await invited.getByText("Must not be one character or piece repeated").waitFor();
        // The invited address is known to the server only: its refusal comes back next to the field.
        await invited.getByLabel(/^Your password/).fill("nora.newcomer for the win");
        await invited.getByRole("button", { name: "Choose this password and sign in" }).click();
        await invited.getByText("Must not contain your email address or the part before the @").waitFor();
        await invited.getByLabel(/^Your password/).fill("my own first passphrase here");
        await invited.getByRole("button", { name: "Choose this password and sign in" }).click();
        await invited.getByRole("heading", { level: 1, name: "Welcome, Nora Newcomer" }).waitFor();
        await invited.context().close();

        // The administrator sees the invitation among the messages sent, and reads it.
        await page.reload();
        const message = page.getByRole("button", { name: /invites you to join Convene/ });
        await expect.poll(() => message.textContent()).toContain("Sent");
        await message.click();
        const dialog = page.getByRole("dialog", { name: "admin@harbourview.example.org invites you to join Convene" });
        await dialog.getByText("Hello Nora Newcomer,").waitFor();
        await expectAccessible(page, "a message of the outbox");
        await dialog.getByRole("button", { name: "Close" }).click();
      },
      STEP_TIMEOUT,
    );

    it(
      "mails a reset link to someone who forgot the password; the new password signs in and the link works once, on a phone",
      async () => {
        const email = (await buildUser(database.db, { role: "coordinator", email: "forgetful@harbourview.example.org" })).email;
        const before = smtp.received.length;
        const phone = await phonePage(browser);
        await phone.goto(`${base}/sign-in`);
        await phone.getByRole("heading", { level: 1, name: "Sign in to Convene" }).waitFor();
        await expectAccessible(phone, "the sign-in page on a phone");
        await phone.getByRole("link", { name: "Forgot password?" }).click();
        await phone.getByRole("heading", { level: 1, name: "Reset your password" }).waitFor();
        await expectAccessible(phone, "the forgotten password page");
        await expectNoSidewaysScroll(phone, "the forgotten password page");
        await phone.getByLabel(/^Email address/).fill(email);
        await phone.getByRole("button", { name: "Send the link" }).click();
        await phone.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
        await phone.getByText(`If an account uses ${email}`).waitFor();

        const mails = await smtp.waitForMessages(before + 1);
        const mail = mails.find((one) => one.to.includes(email));
        if (!mail) throw new Error(`no reset link arrived for ${email}`);
        expect(mail.subject).toBe("Choose a new Convene password");
        const link = linkIn(mail);
        await phone.goto(link);
        await phone.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
        await expectAccessible(phone, "the new password page");
        await expectNoSidewaysScroll(phone, "the new password page");
        await phone.getByLabel(/^New password/).fill("a fresh passphrase for me");
        await phone.getByRole("button", { name: "Save the new password" }).click();
        await phone.getByRole("heading", { level: 1, name: "Your password has been changed" }).waitFor();
        await phone.getByRole("link", { name: "Sign in" }).click();
        await phone.getByLabel("Email address").fill(email);
        await phone.getByLabel(/^Password/).fill("a fresh passphrase for me");
        await phone.getByRole("button", { name: "Sign in" }).click();
        await phone.getByRole("heading", { level: 1, name: `Welcome, ${email}` }).waitFor();
        await phone.context().close();

        const again = await phonePage(browser);
        await again.goto(link);
        await again.getByLabel(/^New password/).fill("someone else's passphrase");
        await again.getByRole("button", { name: "Save the new password" }).click();
        await again.getByText("This link no longer works").waitFor();
        await again.getByRole("link", { name: "Ask for a new link" }).waitFor();
        await expectAccessible(again, "a used reset link");
        await again.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "shows administrators the outbox on a phone, in English and in French, without sideways scrolling",
      async () => {
        const reset = await app.inject({ method: "POST", url: "/api/v1/auth/password-reset", payload: { email: adminEmail } });
        expect(reset.statusCode).toBe(202);
        const phone = await phonePage(browser);
        await signIn(phone, base, adminEmail);
        await phone.goto(`${base}/admin/outbox`);
        await phone.getByRole("heading", { level: 1, name: "Outbox" }).waitFor();
        await phone.getByRole("button", { name: /^Choose a new Convene password To admin@harbourview\.example\.org/ }).waitFor();
        await expectAccessible(phone, "the outbox on a phone");
        await expectNoSidewaysScroll(phone, "the outbox on a phone");
        await phone.context().close();

        // The same page for an administrator who reads French.
        const french = await buildUser(database.db, { role: "admin", email: "admin.fr@harbourview.example.org" });
        await database.db.updateTable("users").set({ locale: "fr", name: "Amélie" }).where("id", "=", french.id).execute();
        const frenchPhone = await phonePage(browser);
        await frenchPhone.goto(`${base}/sign-in`);
        await frenchPhone.getByLabel("Email address").fill(french.email);
        await frenchPhone.getByLabel(/^Password/).fill(TEST_PASSWORD);
        await frenchPhone.getByRole("button", { name: "Sign in" }).click();
        await frenchPhone.getByRole("heading", { level: 1, name: "Bienvenue, Amélie" }).waitFor();
        await frenchPhone.goto(`${base}/admin/outbox`);
        await frenchPhone.getByRole("heading", { level: 1, name: "Boîte d'envoi" }).waitFor();
        await frenchPhone.getByRole("combobox", { name: "Statut" }).waitFor();
        await frenchPhone
          .getByRole("button", { name: /^Choose a new Convene password À admin@harbourview\.example\.org Rédigé le/ })
          .click();
        await frenchPhone
          .getByRole("dialog")
          .getByText(/^\d+ essais?$/)
          .waitFor();
        await expectAccessible(frenchPhone, "a message of the outbox in French on a phone");
        await expectNoSidewaysScroll(frenchPhone, "a message of the outbox in French on a phone");
        await frenchPhone.context().close();
      },
      STEP_TIMEOUT,
    );
  });
}
