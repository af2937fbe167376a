import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Perspective } from "../../src/contracts/involvement.js";
import { PROJECT_INDICATOR_KEYS, type IndicatorAnswers, type ProjectIndicatorKey } from "../../src/domain/typology/indicators.js";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { buildInvolvementRecord } from "../support/involvement-factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;

/** Every project indicator answered: yes for those listed, no for the others. */
function answers(...yes: ProjectIndicatorKey[]): IndicatorAnswers {
  return Object.fromEntries(PROJECT_INDICATOR_KEYS.map((key) => [key, yes.includes(key)]));
}

// Answers that the built-in rubric classifies as each type.
const COLLABORATION = answers("shared_decision_making", "responsible_implementation", "reporting_results");
const COORDINATION = answers("coordinated_activities");
const DECIDING_TOGETHER = answers("shared_decision_making");
const CONSULTATION = answers("proposal_copy");
const NONE = answers();

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The cells of a table row named by its header cell, as the user reads them. */
async function rowCells(page: Page, table: string, row: string): Promise<string[]> {
  const found = page
    .getByRole("table", { name: table })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: row, exact: true }) });
  return (await found.getByRole("cell").allTextContents()).map((text) => text.replace(/\s+/g, " ").trim());
}

if (chromiumPath) {
  describe("the reports in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let email: string;
    let frenchEmail: string;
    let phoneEmail: string;

    /**
     * A page of the test's own, signed in, at this address of the reports, which keep their settings
     * in it; none of the tests changes the data, so they do not depend on each other's order. A test
     * that switches to French signs in as an account of its own, since the account keeps the choice.
     */
    async function openReports(address: string | null, as = email): Promise<void> {
      page = await pageSignedInAs(browser, base, as);
      if (address !== null) await page.goto(`${base}${address}`);
    }

    async function inFrench(): Promise<void> {
      await page.getByRole("radio", { name: "English" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.getByRole("heading", { level: 1, name: "Rapports" }).waitFor();
    }

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const { db } = database;
      email = (await buildUser(db, { role: "admin", email: "analyst@example.org" })).email;
      frenchEmail = (await buildUser(db, { role: "admin", email: "analyste@example.org" })).email;
      phoneEmail = (await buildUser(db, { role: "admin", email: "phone@example.org" })).email;
      const cmp = await buildProgram(db, { code: "CMP", name: "Community Mobilization Program" });
      const bap = await buildProgram(db, { code: "BAP", name: "Business Action Program" });
      const cityHall = await buildOrganization(db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const youth = await buildPartnership(db, {
        programId: cmp.id,
        leadOrganizationId: cityHall.id,
        name: "Safer Harbourview Youth Network",
        region: "Ontario",
      });
      const business = await buildPartnership(db, {
        programId: bap.id,
        leadOrganizationId: cityHall.id,
        name: "Downtown Business Watch",
        region: "Quebec",
      });

      // Lead's view: CMP 2 collaboration, 1 coordination, 1 none; BAP 1 consultation, 1 collaboration.
      // Partner's view: CMP 2 coordination, 1 consultation; BAP 1 consultation.
      const members: { partnershipId: string; name: string; sector: string; lead: IndicatorAnswers; partner?: IndicatorAnswers }[] = [
        { partnershipId: youth.id, name: "Harbourview Police Service", sector: "police", lead: COLLABORATION, partner: DECIDING_TOGETHER },
        {
          partnershipId: youth.id,
          name: "Harbourview Youth Centre",
          sector: "youth_organizations",
          lead: COLLABORATION,
          partner: COORDINATION,
        },
        { partnershipId: youth.id, name: "Harbourview School Board", sector: "schools", lead: COORDINATION, partner: CONSULTATION },
        { partnershipId: youth.id, name: "Harbourview Public Library", sector: "municipal_government", lead: NONE },
        {
          partnershipId: business.id,
          name: "Downtown Merchants Association",
          sector: "business",
          lead: CONSULTATION,
          partner: CONSULTATION,
        },
        { partnershipId: business.id, name: "Downtown Community Health Centre", sector: "health_care", lead: COLLABORATION },
      ];
      for (const member of members) {
        const organization = await buildOrganization(db, { name: member.name, sector: member.sector });
        const membership = await buildMembership(db, member.partnershipId, organization.id);
        const views: [Perspective, IndicatorAnswers | undefined][] = [
          ["lead", member.lead],
          ["partner", member.partner],
        ];
        for (const [perspective, given] of views) {
          if (given) await buildInvolvementRecord(db, membership.id, { perspective, round: "baseline", answers: given });
        }
      }
      // A midterm round across many small partnerships: more groups than the chart shows or a table page holds.
      const cpif = await buildProgram(db, { code: "CPIF", name: "Crime Prevention Investment Fund" });
      for (let index = 1; index <= 26; index += 1) {
        const partnership = await buildPartnership(db, {
          programId: cpif.id,
          leadOrganizationId: cityHall.id,
          name: `Neighbourhood Table ${String(index).padStart(2, "0")}`,
        });
        for (let member = 0; member < (index % 3) + 1; member += 1) {
          const organization = await buildOrganization(db, {
            name: `Neighbourhood Partner ${index}-${member}`,
            sector: "community_residents",
          });
          const membership = await buildMembership(db, partnership.id, organization.id);
          await buildInvolvementRecord(db, membership.id, {
            perspective: "lead",
            round: "midterm",
            answers: member === 0 ? COORDINATION : CONSULTATION,
          });
        }
      }
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterEach(async () => {
      await page.context().close();
    });

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "shows the partnership types per program from the lead's view, as a chart and a table",
      async () => {
        await openReports(null);
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
        await page.getByRole("heading", { level: 1, name: "Reports" }).waitFor();
        expect(await page.getByRole("tab", { name: "Partnership types" }).getAttribute("aria-selected")).toBe("true");
        await page.getByRole("heading", { level: 2, name: "Partnership types by program" }).waitFor();

        const table = "Partnership types by program: number of records and share of each type";
        await page.getByRole("table", { name: table }).waitFor();
        expect(await rowCells(page, table, "Community Mobilization Program (CMP)")).toEqual([
          "4",
          "1 (25.0%)",
          "0 (0.0%)",
          "0 (0.0%)",
          "1 (25.0%)",
          "2 (50.0%)",
        ]);
        expect(await rowCells(page, table, "Total")).toEqual(["6", "1 (16.7%)", "1 (16.7%)", "0 (0.0%)", "1 (16.7%)", "3 (50.0%)"]);

        const chart = page.getByRole("img", { name: /^Stacked bar chart: share of each partnership type per group/ });
        await chart.locator("svg").waitFor();
        expect(await chart.getAttribute("aria-label")).toContain(
          "Total: None 16.7%, Consultation 16.7%, Cooperation 0.0%, Coordination 16.7%, Collaboration 50.0%.",
        );
        // Programs are named on the axis, the name wrapped onto lines rather than cut.
        expect(
          await chart
            .locator("svg")
            .getByText(/Community Mobilization/)
            .count(),
        ).toBeGreaterThan(0);
        await expectAccessible(page, "the typology report");
      },
      STEP_TIMEOUT,
    );

    it(
      "changes figures with the perspective and the grouping, and keeps them in the address",
      async () => {
        await openReports("/reports");
        await choose(page, "Perspective", "Partner's view");
        const table = "Partnership types by program: number of records and share of each type";
        await expect
          .poll(() => rowCells(page, table, "Total"))
          .toEqual(["4", "0 (0.0%)", "2 (50.0%)", "0 (0.0%)", "2 (50.0%)", "0 (0.0%)"]);
        expect(await rowCells(page, table, "Community Mobilization Program (CMP)")).toEqual([
          "3",
          "0 (0.0%)",
          "1 (33.3%)",
          "0 (0.0%)",
          "2 (66.7%)",
          "0 (0.0%)",
        ]);

        await choose(page, "Group by", "Sector");
        const bySector = "Partnership types by sector: number of records and share of each type";
        await expect
          .poll(() => rowCells(page, bySector, "Police"))
          .toEqual(["1", "0 (0.0%)", "0 (0.0%)", "0 (0.0%)", "1 (100.0%)", "0 (0.0%)"]);
        expect(new URL(page.url()).searchParams.get("perspective")).toBe("partner");
        expect(new URL(page.url()).searchParams.get("by")).toBe("sector");

        await page.reload();
        await expect
          .poll(() => rowCells(page, bySector, "Police"))
          .toEqual(["1", "0 (0.0%)", "0 (0.0%)", "0 (0.0%)", "1 (100.0%)", "0 (0.0%)"]);
        await expectAccessible(page, "the typology report by sector");

        const csv = page.getByRole("link", { name: "Download CSV" });
        expect(await csv.getAttribute("download")).not.toBeNull();
        const response = await page.request.get(new URL(String(await csv.getAttribute("href")), base).toString());
        expect(response.status()).toBe(200);
        const lines = (await response.text()).trim().split(/\r?\n/);
        expect(lines[0]).toBe(
          "sector,total,none,consultation,cooperation,coordination,collaboration,none %,consultation %,cooperation %,coordination %,collaboration %",
        );
        expect(lines).toContain("police,1,0,0,0,1,0,0,0,0,100,0");
        expect(lines.at(-1)).toBe("total,4,0,2,0,2,0,0,50,0,50,0");
      },
      STEP_TIMEOUT,
    );

    it(
      "shows an empty report for a round without records",
      async () => {
        await openReports("/reports?by=sector&perspective=partner");
        await page.getByRole("table", { name: /^Partnership types by sector/ }).waitFor();
        await choose(page, "Round", "Final");
        await page.getByText("No involvement records from this perspective in this round yet.", { exact: false }).waitFor();
        expect(await page.getByRole("table").count()).toBe(0);
        await expectAccessible(page, "an empty typology report");
        await choose(page, "Round", "Baseline");
        await page.getByRole("table", { name: /^Partnership types by sector/ }).waitFor();
      },
      STEP_TIMEOUT,
    );

    it(
      "charts the largest partnerships and pages through the rest in the table",
      async () => {
        await openReports("/reports");
        await choose(page, "Group by", "Partnership");
        await choose(page, "Perspective", "Lead organization's view");
        await choose(page, "Round", "Midterm");
        await page
          .getByText("Share of each type in the 20 groups with the most records (of 26) and in the total. The table lists every group.")
          .waitFor();
        expect(
          await page
            .getByRole("img", { name: /^Stacked bar chart/ })
            .locator("svg")
            .getByText(/^Neighbourhood/)
            .count(),
        ).toBe(20);
        const table = "Partnership types by partnership: number of records and share of each type";
        await page.getByText("1–25 of 26").waitFor();
        expect(await rowCells(page, table, "Neighbourhood Table 02")).toEqual([
          "3",
          "0 (0.0%)",
          "2 (66.7%)",
          "0 (0.0%)",
          "1 (33.3%)",
          "0 (0.0%)",
        ]);
        expect(await rowCells(page, table, "Total")).toEqual(["53", "0 (0.0%)", "27 (50.9%)", "0 (0.0%)", "26 (49.1%)", "0 (0.0%)"]);
        await page.getByRole("button", { name: "Next page" }).click();
        await page.getByText("26–26 of 26").waitFor();
        expect(await rowCells(page, table, "Neighbourhood Table 26")).toEqual([
          "3",
          "0 (0.0%)",
          "2 (66.7%)",
          "0 (0.0%)",
          "1 (33.3%)",
          "0 (0.0%)",
        ]);
        expect(new URL(page.url()).searchParams.get("page")).toBe("2");
        await expectAccessible(page, "the typology report by partnership");

        await choose(page, "Group by", "Program");
        await choose(page, "Round", "Baseline");
        await page.getByRole("table", { name: /^Partnership types by program/ }).waitFor();
      },
      STEP_TIMEOUT,
    );

    it(
      "shows Table 1: each indicator's share of yes from both views and the gap",
      async () => {
        await openReports("/reports");
        await page.getByRole("tab", { name: "Involvement (Table 1)" }).click();
        await page.getByRole("heading", { level: 2, name: "Involvement by indicator (Table 1)" }).waitFor();
        await page.getByText("Records in the Baseline round: 6 from the lead organization's view, 4 from the partner's view.").waitFor();
        const table = "Share of yes per indicator from each view, and the gap between them";
        expect(await rowCells(page, table, "Took part in making the project's decisions")).toEqual([
          "50.0% (3/6)",
          "25.0% (1/4)",
          "+25.0 pts",
        ]);
        expect(await rowCells(page, table, "Was responsible for reporting the project's results")).toEqual([
          "50.0% (3/6)",
          "0.0% (0/4)",
          "+50.0 pts, one of the widest gaps",
        ]);
        expect(await rowCells(page, table, "Contributed money")).toEqual(["0.0% (0/6)", "0.0% (0/4)", "0.0 pts"]);
        await page
          .getByRole("img", { name: /^Bar chart: share of yes per indicator/ })
          .locator("svg")
          .waitFor();
        expect(new URL(page.url()).searchParams.get("tab")).toBe("involvement");

        const csv = page.getByRole("link", { name: "Download CSV" });
        const response = await page.request.get(new URL(String(await csv.getAttribute("href")), base).toString());
        expect(response.status()).toBe(200);
        expect((await response.text()).split(/\r?\n/)).toContain("shared_decision_making,3,6,50,1,4,25,25");
        await expectAccessible(page, "Table 1");
      },
      STEP_TIMEOUT,
    );

    it(
      "narrows both reports to one program and one region, in the headings, the address and the downloads",
      async () => {
        await openReports("/reports?tab=involvement");
        await page.getByRole("heading", { level: 2, name: "Involvement by indicator (Table 1)" }).waitFor();
        await choose(page, "Program", "CMP – Community Mobilization Program");
        await page.getByRole("heading", { level: 2, name: "Involvement by indicator (Table 1) — CMP" }).waitFor();
        await page.getByText("Records in the Baseline round: 4 from the lead organization's view, 3 from the partner's view.").waitFor();
        const table = "Share of yes per indicator from each view, and the gap between them — CMP";
        expect(await rowCells(page, table, "Took part in making the project's decisions")).toEqual([
          "50.0% (2/4)",
          "33.3% (1/3)",
          "+16.7 pts",
        ]);
        const program = new URL(page.url()).searchParams.get("program");
        expect(program).toMatch(/^[0-9a-f-]{36}$/);
        const csv = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
        const response = await page.request.get(new URL(String(csv), base).toString());
        expect(response.headers()["content-disposition"]).toBe('attachment; filename="involvement-baseline-CMP.csv"');
        await expectAccessible(page, "Table 1 for one program");

        await page.getByRole("tab", { name: "Partnership types" }).click();
        const types = "Partnership types by program — CMP: number of records and share of each type";
        await page.getByRole("table", { name: types }).waitFor();
        expect(await rowCells(page, types, "Total")).toEqual(["4", "1 (25.0%)", "0 (0.0%)", "0 (0.0%)", "1 (25.0%)", "2 (50.0%)"]);
        expect(
          await page
            .getByRole("table", { name: types })
            .getByRole("rowheader", { name: "Business Action Program (BAP)", exact: true })
            .count(),
        ).toBe(0);

        await choose(page, "Region", "Quebec");
        await page.getByRole("heading", { level: 2, name: "Partnership types by program — CMP, Quebec" }).waitFor();
        await page.getByText("No involvement records match these settings.", { exact: false }).waitFor();
        expect(new URL(page.url()).searchParams.get("region")).toBe("Quebec");
        await expectAccessible(page, "an empty report for one program and region");

        await choose(page, "Program", "All programs");
        await choose(page, "Region", "All regions");
        await page.getByRole("table", { name: "Partnership types by program: number of records and share of each type" }).waitFor();
        expect(new URL(page.url()).searchParams.has("program")).toBe(false);
        await page.getByRole("tab", { name: "Involvement (Table 1)" }).click();
        await page.getByRole("heading", { level: 2, name: "Involvement by indicator (Table 1)" }).waitFor();
      },
      STEP_TIMEOUT,
    );

    it(
      "reads in French, with French labels and numbers",
      async () => {
        await openReports("/reports?tab=involvement", frenchEmail);
        await page.getByRole("heading", { level: 2, name: "Involvement by indicator (Table 1)" }).waitFor();
        await inFrench();
        const table = "Proportion de « oui » par indicateur selon chaque point de vue, et écart entre les deux";
        await expect
          .poll(() => rowCells(page, table, "A pris part aux décisions du projet"))
          .toEqual(["50,0 % (3/6)", "25,0 % (1/4)", "+25,0 pts"]);
        expect(await rowCells(page, table, "A été responsable de rendre compte des résultats du projet")).toEqual([
          "50,0 % (3/6)",
          "0,0 % (0/4)",
          "+50,0 pts, parmi les écarts les plus marqués",
        ]);
        await expectAccessible(page, "Table 1 in French");

        await page.getByRole("tab", { name: "Types de partenariat" }).click();
        await choose(page, "Regrouper par", "Programme");
        await choose(page, "Point de vue", "Point de vue de l'organisme responsable");
        const types = "Types de partenariat par programme : nombre de relevés et part de chaque type";
        await expect
          .poll(() => rowCells(page, types, "Total"))
          .toEqual(["6", "1 (16,7 %)", "1 (16,7 %)", "0 (0,0 %)", "1 (16,7 %)", "3 (50,0 %)"]);
        await page.getByRole("columnheader", { name: "Aucun" }).waitFor();
        await page.getByRole("link", { name: "Télécharger en CSV" }).waitFor();
        await expectAccessible(page, "the typology report in French");
      },
      STEP_TIMEOUT,
    );

    it(
      "fits a phone's width",
      async () => {
        await openReports("/reports", phoneEmail);
        await page.getByRole("heading", { level: 2, name: "Partnership types by program" }).waitFor();
        await inFrench();
        await page.setViewportSize({ width: 375, height: 800 });
        await page.getByRole("table", { name: /^Types de partenariat par programme/ }).waitFor();
        await page.getByRole("img").locator("svg").first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await page.getByRole("tab", { name: "Participation (tableau 1)" }).click();
        await page.getByRole("table", { name: /^Proportion de « oui »/ }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await expectAccessible(page, "Table 1 on a phone");
      },
      STEP_TIMEOUT,
    );
  });
}
