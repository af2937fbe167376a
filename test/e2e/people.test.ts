import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, launchPage, openBrowserApp, pageSignedInAs, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildPartnership, buildProgram, buildUser, TEST_PASSWORD } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
const NEW_PASSWORD = "a brand new passphrase";
const PHONE = { width: 375, height: 800 };

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

if (chromiumPath) {
  describe("people and access in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      const partnership = await buildPartnership(database.db, { programId: program.id, name: "Safer Harbourview Youth Network" });
      await buildUser(database.db, { role: "admin", email: "admin@example.org" });
      await buildUser(database.db, { role: "coordinator", email: "moving.on@example.org", partnershipIds: [partnership.id] });
      await buildUser(database.db, { role: "coordinator", email: "changes.password@example.org", partnershipIds: [partnership.id] });
      await buildUser(database.db, { role: "evaluator", email: "scripts@example.org", programIds: [program.id] });
      await buildUser(database.db, {
        role: "evaluator",
        email: "a.rather.long.address.for.an.evaluator@example.org",
        programIds: [program.id],
      });
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    const signInWith = (email: string, password: string) =>
      app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } }).then((res) => res.statusCode);

    it(
      "an administrator finds a user, makes them a program officer and disables their account",
      async () => {
        await signIn(page, base, "admin@example.org");
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
        await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
        await page.getByRole("searchbox", { name: "Search" }).fill("moving");
        await page.getByRole("main").getByRole("link", { name: "moving.on@example.org" }).waitFor();
        await expect
          .poll(() =>
            page
              .getByRole("main")
              .getByRole("link", { name: /@example\.org$/ })
              .count(),
          )
          .toBe(1);
        await expectAccessible(page, "the users list");
        await page.getByRole("button", { name: "Invite someone" }).click();
        await page
          .getByRole("dialog", { name: "Invite someone" })
          .getByLabel(/^Email address/)
          .waitFor();
        await expectAccessible(page, "the invitation dialog");
        await page.keyboard.press("Escape");
        await expect.poll(() => page.getByRole("dialog").count()).toBe(0);

        await page.getByRole("main").getByRole("link", { name: "moving.on@example.org" }).click();
        await page.getByRole("heading", { level: 1, name: "moving.on@example.org" }).waitFor();
        await page.getByRole("heading", { level: 2, name: "Role and access" }).waitFor();
        await page.getByRole("combobox", { name: "Role" }).click();
        await page.getByRole("option", { name: "Program officer" }).click();
        await page.getByRole("combobox", { name: "Assigned programs" }).click();
        await page.getByRole("option", { name: /Community Mobilization Program/ }).click();
        await page.keyboard.press("Escape");
        await page.getByRole("button", { name: "Save access" }).click();
        await page.getByText("Access saved.").waitFor();
        await expectAccessible(page, "a user's page");

        await page.getByRole("button", { name: "Disable account" }).click();
        const dialog = page.getByRole("dialog", { name: "Disable moving.on@example.org?" });
        await dialog.waitFor();
        await expectAccessible(page, "the disable dialog");
        await dialog.getByRole("button", { name: "Disable account" }).click();
        await page.getByText("Account disabled.").waitFor();
        await page.getByRole("button", { name: "Enable account" }).waitFor();

        const user = await database.db
          .selectFrom("users")
          .selectAll()
          .where("email", "=", "moving.on@example.org")
          .executeTakeFirstOrThrow();
        expect(user).toMatchObject({ role: "program_officer", disabled: 1 });
        expect(await signInWith("moving.on@example.org", TEST_PASSWORD)).toBe(401);
      },
      STEP_TIMEOUT,
    );

    it(
      "a user changes their password, signs out and signs in again with the new one",
      async () => {
        const own = await pageSignedInAs(browser, base, "changes.password@example.org");
        await own.getByRole("link", { name: /^Your account: changes\.password@example\.org/ }).click();
        await own.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
        await expectAccessible(own, "the account page");
        // No Users entry for someone who may not manage users.
        expect(await own.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).count()).toBe(0);

        await own.getByLabel("Current password").fill("not my password");
        await own.getByLabel(/^New password/).fill(NEW_PASSWORD);
        await own.getByRole("button", { name: "Change password" }).click();
        await own.getByText("is not your current password").waitFor();

        await own.getByLabel("Current password").fill(TEST_PASSWORD);
        await own.getByRole("button", { name: "Change password" }).click();
        await own.getByText("Password changed. Your other sessions have been signed out.").waitFor();
        await own.getByRole("button", { name: "Sign out" }).click();
        await own.getByRole("heading", { level: 1, name: "Sign in to Convene" }).waitFor();

        await own.getByLabel("Email address").fill("changes.password@example.org");
        await own.getByLabel(/^Password/).fill(NEW_PASSWORD);
        await own.getByRole("button", { name: "Sign in" }).click();
        await own.getByRole("heading", { level: 1, name: "Welcome, changes.password@example.org" }).waitFor();
        expect(await signInWith("changes.password@example.org", TEST_PASSWORD)).toBe(401);
        await own.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "a user creates an API token, sees it once, and revokes it",
      async () => {
        const own = await pageSignedInAs(browser, base, "scripts@example.org");
        await own.goto(`${base}/account`);
        await own.getByLabel(/^Token name/).fill("Spreadsheet sync");
        // A year unless chosen otherwise.
        expect(await own.getByRole("combobox", { name: /^Expires/ }).inputValue()).toBe("In 365 days");
        await own.getByRole("combobox", { name: /^Expires/ }).click();
        await own.getByRole("option", { name: "In 30 days" }).click();
        await own.getByRole("button", { name: "Create token" }).click();
        const value = own.getByRole("textbox", { name: "New token" });
        await value.waitFor();
        const token = await value.inputValue();
        expect(token).toMatch(/^cvn_/);
        await own.getByText(/^It works until /).waitFor();
        await expectAccessible(own, "the new token");
        const asToken = () => app.inject({ method: "GET", url: "/api/v1/account", headers: { authorization: `Bearer ${token}` } });
        expect((await asToken()).statusCode).toBe(200);
        const stored = await database.db
          .selectFrom("api_tokens")
          .select("expires_at")
          .where("name", "=", "Spreadsheet sync")
          .executeTakeFirstOrThrow();
        expect(Math.round((Date.parse(stored.expires_at ?? "") - Date.now()) / 86_400_000)).toBe(30);

        await own.getByRole("button", { name: "I have stored it" }).click();
        await expect.poll(() => own.getByRole("textbox", { name: "New token" }).count()).toBe(0);
        await own
          .getByRole("list", { name: "API tokens" })
          .getByText(/^Expires /)
          .waitFor();

        // An administrator sees it, with its expiry, on the user's page.
        const admin = await pageSignedInAs(browser, base, "admin@example.org");
        const owner = await database.db
          .selectFrom("users")
          .select("id")
          .where("email", "=", "scripts@example.org")
          .executeTakeFirstOrThrow();
        await admin.goto(`${base}/users/${owner.id}`);
        const listed = admin.getByRole("list", { name: "API tokens" }).getByRole("listitem").filter({ hasText: "Spreadsheet sync" });
        await listed.getByText(/^Expires /).waitFor();
        await listed.getByRole("button", { name: "Revoke Spreadsheet sync" }).waitFor();
        await admin.context().close();
        await own.getByRole("button", { name: "Revoke Spreadsheet sync" }).click();
        const dialog = own.getByRole("dialog", { name: "Revoke Spreadsheet sync?" });
        await dialog.getByRole("button", { name: "Revoke" }).click();
        await own.getByText("Token revoked.").waitFor();
        await own.getByText("No API tokens.").waitFor();
        expect((await asToken()).statusCode).toBe(401);
        await own.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "switching one's language on the account page turns the app to French",
      async () => {
        const own = await pageSignedInAs(browser, base, "scripts@example.org");
        await own.goto(`${base}/account`);
        await own.getByRole("combobox", { name: /^Language/ }).click();
        await own.getByRole("option", { name: "French" }).click();
        await own.getByRole("button", { name: "Save profile" }).click();
        await own.getByRole("heading", { level: 1, name: "Votre compte" }).waitFor();
        await own.getByText("Profil enregistré.").waitFor();
        await expectAccessible(own, "the account page in French");
        const user = await database.db
          .selectFrom("users")
          .select("locale")
          .where("email", "=", "scripts@example.org")
          .executeTakeFirstOrThrow();
        expect(user.locale).toBe("fr");
        await own.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "the users list, a user's page and the account page fit a phone",
      async () => {
        const phone = await launchPage(chromiumPath, PHONE);
        try {
          await signIn(phone.page, base, "admin@example.org");
          await phone.page.goto(`${base}/users`);
          await phone.page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
          const long = phone.page.getByRole("main").getByRole("link", { name: "a.rather.long.address.for.an.evaluator@example.org" });
          await long.waitFor();
          await expectNoSidewaysScroll(phone.page, "the users list");
          await long.click();
          await phone.page.getByRole("heading", { level: 2, name: "API tokens" }).waitFor();
          await expectNoSidewaysScroll(phone.page, "a user's page");
          await phone.page.goto(`${base}/account`);
          await phone.page.getByRole("heading", { level: 2, name: "Password" }).waitFor();
          await expectNoSidewaysScroll(phone.page, "the account page");
          await expectAccessible(phone.page, "the account page on a phone");
        } finally {
          await phone.browser.close();
        }
      },
      STEP_TIMEOUT,
    );
  });
}
