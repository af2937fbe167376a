import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { loadDemo } from "../../src/server/demo/load.js";
import { OPERATOR } from "../../src/server/actor.js";
import { createInstrument } from "../../src/server/modules/instruments/service.js";
import { buildInstrumentDocument } from "../support/survey-instruments-factories.js";
import { closeBrowserApp, expectAccessible, openBrowserApp } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildResponseLink } from "../support/survey-form-factories.js";
import { buildPageRound, PAGE_INSTRUMENT } from "../support/survey-pages-factories.js";

const chromiumPath = inject("chromiumPath");
const PHONE = { width: 375, height: 812 };
const ROLE_TIMEOUT = 300_000;

/** Every page of the web app, as the router declares it; the test fails when one is added and not visited here. */
const ROUTES = [
  "/sign-in",
  "/forgot-password",
  "/reset-password",
  "/accept-invitation",
  "/unsubscribe",
  "/respond/:token",
  "/",
  "organizations",
  "organizations/new",
  "organizations/:id",
  "organizations/:id/edit",
  "partnerships",
  "partnerships/new",
  "partnerships/:id",
  "partnerships/:id/edit",
  "partnerships/:id/members/:membershipId/involvement",
  "partnerships/:id/charter",
  "partnerships/:id/plan",
  "partnerships/:id/commitments",
  "partnerships/:id/accountability",
  "partnerships/:id/meetings",
  "partnerships/:id/meetings/:meetingId",
  "partnerships/:id/communications",
  "partnerships/:id/surveys",
  "surveys/:roundId",
  "programs",
  "programs/:id",
  "programs/:id/surveys",
  "reports",
  "data",
  "account",
  "users",
  "users/:id",
  "admin/outbox",
  "admin/invite",
  "admin/suggestions",
  "admin/instruments",
  "admin/instruments/:id",
  "audit",
  "*",
] as const;

/** Pages for visitors who are not signed in, opened before signing in. */
const PUBLIC_PAGES = [
  "/sign-in",
  "/forgot-password",
  "/reset-password?token=unused",
  "/accept-invitation?token=unused",
  "/unsubscribe?token=unused",
];

const ACCOUNTS = {
  admin: "admin@convene.example",
  coordinator: "coordinator@convene.example",
  partner: "partner@convene.example",
} as const;

const idPage = z.object({ data: z.array(z.object({ id: z.string() })) });
const partnershipPage = z.object({ data: z.array(z.object({ id: z.string(), leadOrganization: z.object({ id: z.string() }) })) });

/** The elements sticking out past the right edge of the screen, outside any scrolling area, for the failure message. */
async function overflowOf(page: Page): Promise<{ overflows: boolean; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const insideScroller = (element: Element): boolean => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (["auto", "scroll", "hidden"].includes(style.overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !insideScroller(element))
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} "${(element.textContent ?? "").trim().slice(0, 60)}"`,
      );
    return { overflows: document.documentElement.scrollWidth > window.innerWidth, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { overflows, culprits } = await overflowOf(page);
  expect(overflows, `${where} scrolls sideways at 375 px: ${culprits.join("; ")}`).toBe(false);
}

/** Opens a page and waits for it to settle: its h1 shown and no request left in flight. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator(".mantine-Loader-root").count()).toBe(0);
}

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: "en-CA", reducedMotion: "reduce" });
  return context.newPage();
}

async function signIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe("/");
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

/** The concrete addresses of every route for a reader: ids picked from what that reader's API answers. */
async function addressesFor(page: Page, base: string, role: keyof typeof ACCOUNTS): Promise<Record<(typeof ROUTES)[number], string[]>> {
  const get = async <T>(schema: z.ZodType<T>, path: string): Promise<T> =>
    schema.parse(await (await page.request.get(`${base}/api/v1${path}`)).json());
  const partnerships = await get(partnershipPage, "/partnerships?pageSize=100&sort=name");
  const partnership = partnerships.data[0];
  if (!partnership) throw new Error("the reader sees no partnership");
  const members = await get(idPage, `/partnerships/${partnership.id}/members?pageSize=100`);
  const program = (await get(idPage, "/programs?pageSize=1")).data[0];
  const organization = partnership.leadOrganization.id;
  const membership = members.data[0]?.id;
  const meeting = (await get(idPage, `/partnerships/${partnership.id}/meetings?pageSize=1`)).data[0]?.id;
  const round = (await get(idPage, `/partnerships/${partnership.id}/survey-rounds?pageSize=1`)).data[0]?.id;
  const running = (page: string) => [`/partnerships/${partnership.id}/${page}`];
  const isAdmin = role === "admin";
  const user = isAdmin ? (await get(idPage, "/users?pageSize=1")).data[0] : undefined;
  const instrument = isAdmin ? (await get(idPage, "/instruments?pageSize=1")).data[0] : undefined;
  return {
    "/sign-in": [],
    "/forgot-password": [],
    "/reset-password": [],
    "/accept-invitation": [],
    "/unsubscribe": [],
    "/respond/:token": [],
    "/": ["/"],
    organizations: ["/organizations"],
    "organizations/new": ["/organizations/new"],
    "organizations/:id": [`/organizations/${organization}`],
    "organizations/:id/edit": [`/organizations/${organization}/edit`],
    partnerships: ["/partnerships"],
    "partnerships/new": ["/partnerships/new"],
    "partnerships/:id": partnerships.data.slice(0, 3).map((entry) => `/partnerships/${entry.id}`),
    "partnerships/:id/edit": [`/partnerships/${partnership.id}/edit`],
    "partnerships/:id/members/:membershipId/involvement": membership
      ? [`/partnerships/${partnership.id}/members/${membership}/involvement`]
      : [],
    "partnerships/:id/charter": running("charter"),
    "partnerships/:id/plan": running("plan"),
    "partnerships/:id/commitments": running("commitments"),
    "partnerships/:id/accountability": running("accountability"),
    "partnerships/:id/meetings": running("meetings"),
    "partnerships/:id/meetings/:meetingId": meeting ? [`/partnerships/${partnership.id}/meetings/${meeting}`] : [],
    "partnerships/:id/communications": running("communications"),
    "partnerships/:id/surveys": running("surveys"),
    "surveys/:roundId": round ? [`/surveys/${round}`] : [],
    programs: ["/programs"],
    "programs/:id": program ? [`/programs/${program.id}`] : [],
    "programs/:id/surveys": program && role === "admin" ? [`/programs/${program.id}/surveys?instrument=${PAGE_INSTRUMENT.id}`] : [],
    reports: ["/reports", "/reports?by=partnership", "/reports?tab=involvement"],
    data: ["/data"],
    account: ["/account"],
    users: isAdmin ? ["/users"] : [],
    "users/:id": user ? [`/users/${user.id}`] : [],
    "admin/outbox": isAdmin ? ["/admin/outbox"] : [],
    "admin/invite": isAdmin ? ["/admin/invite"] : [],
    "admin/suggestions": isAdmin ? ["/admin/suggestions"] : [],
    "admin/instruments": isAdmin ? ["/admin/instruments"] : [],
    "admin/instruments/:id": instrument ? [`/admin/instruments/${instrument.id}`] : [],
    audit: role === "partner" ? [] : ["/audit"],
    "*": ["/no-such-page"],
  };
}

if (chromiumPath) {
  describe("every page at phone width (375 px)", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let password: string;
    /** A respondent's personal link (public, like the pages above), to a form of every item type. */
    let respondAddress: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      ({ password } = await loadDemo(database.db));
      respondAddress = `/respond/${(await buildResponseLink(database.db)).token}`;
      // A round with enough submitted responses for its results to show, in every partnership whoever reads it.
      const partnerships = await database.db.selectFrom("partnerships").select("id").execute();
      for (const partnership of partnerships) await buildPageRound(database.db, partnership.id, { submitted: 3 });
      // An instrument of its own besides the built-in ones, so that its page has versions, scores and bands to show.
      await createInstrument(database.db, OPERATOR, buildInstrumentDocument());
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database, PHONE));
    }, 120_000);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it("visits every route the router declares", () => {
      const router = readFileSync(new URL("../../src/web/router.tsx", import.meta.url), "utf8");
      const declared = [...router.matchAll(/path: "([^"]+)"/g)].map((match) => match[1]);
      expect(declared.sort()).toEqual([...ROUTES].filter((route) => route !== "/").sort());
    });

    it("shows the pages of visitors who are not signed in without sideways scrolling", async () => {
      const page = await phonePage(browser);
      for (const address of [...PUBLIC_PAGES, respondAddress, "/respond/no-such-link"]) {
        await visit(page, `${base}${address}`);
        await expectNoSidewaysScroll(page, address);
        await expectAccessible(page, `${address} at 375 px`);
      }
      await page.context().close();
    });

    for (const language of ["en", "fr"] as const) {
      for (const [role, email] of Object.entries(ACCOUNTS)) {
        it(
          `fits every page on a phone for the ${role}, in ${language === "en" ? "English" : "French"}`,
          async () => {
            await database.db.updateTable("users").set({ locale: language }).where("email", "=", email).execute();
            const page = await phonePage(browser);
            await signIn(page, base, email, password);
            await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
            const addresses = await addressesFor(page, base, role as keyof typeof ACCOUNTS);
            for (const route of ROUTES) {
              for (const address of addresses[route]) {
                const where = `${address} (${role}, ${language})`;
                await visit(page, `${base}${address}`);
                // axe waits for the page to rest, so the width is measured with every list loaded.
                await expectAccessible(page, where);
                await expectNoSidewaysScroll(page, where);
              }
            }
            await page.context().close();
          },
          ROLE_TIMEOUT,
        );
      }
    }
  });
}
