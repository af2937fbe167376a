import type { FastifyInstance } from "fastify";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { IndicatorAnswers } from "../../src/domain/typology/indicators.js";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { saveProgramRubric } from "../../src/server/modules/typology/repository.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { buildInvolvementRecord, sharedDecisionRubric, storeRubric } from "../support/involvement-factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;

// What the built-in rubric reads as collaboration from the lead, and as coordination from the partner.
const LEAD_COLLABORATION: IndicatorAnswers = { shared_decision_making: true, responsible_implementation: true, reporting_results: true };
const PARTNER_COORDINATION: IndicatorAnswers = { coordinated_activities: true, financial_resources: false };

/** Answers one indicator of a checklist: the radio group is named by the indicator's statement. */
async function answer(view: Locator, indicator: string, choice: string): Promise<void> {
  await view.getByRole("radiogroup", { name: indicator }).getByRole("radio", { name: choice, exact: true }).check();
}

if (chromiumPath) {
  describe("a member's involvement in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let leadId: string;

    /**
     * A setting of the test's own, so that no test depends on what another saved: a program, a
     * partnership led by the city hall, one member organization (`<place> Youth Centre`) and an
     * administrator who signs in for the test.
     */
    async function setting(place: string) {
      const program = await buildProgram(database.db, { code: place.slice(0, 4).toUpperCase(), name: `${place} Program` });
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: leadId,
        name: `Safer ${place} Youth Network`,
      });
      const memberName = `${place} Youth Centre`;
      const member = await buildOrganization(database.db, { name: memberName, sector: "youth_organizations" });
      const membershipId = (await buildMembership(database.db, partnership.id, member.id)).id;
      const admin = await buildUser(database.db, { role: "admin", email: `${place.toLowerCase()}@example.org` });
      return {
        programId: program.id,
        partnershipId: partnership.id,
        partnershipName: `Safer ${place} Youth Network`,
        memberId: member.id,
        memberName,
        membershipId,
        admin,
        involvementUrl: `${base}/partnerships/${partnership.id}/members/${membershipId}/involvement`,
      };
    }

    /** Runs the test's steps in a browser context of its own, signed in as that user, and closes it. */
    async function signedInAs(email: string, steps: (page: Page) => Promise<void>): Promise<void> {
      const page = await pageSignedInAs(browser, base, email);
      try {
        await steps(page);
      } finally {
        await page.context().close();
      }
    }

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      leadId = (await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" })).id;
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "opens a member's involvement from the partnership page",
      async () => {
        const { admin, partnershipId, partnershipName, memberName } = await setting("Harbourview");
        await signedInAs(admin.email, async (page) => {
          await page.goto(`${base}/partnerships/${partnershipId}`);
          await page.getByRole("heading", { level: 2, name: "Perception gaps" }).waitFor();
          await page.getByText("No member has both views saved for this round.").waitFor();
          await expectAccessible(page, "the partnership page before any answers");

          const members = page.getByRole("table", { name: `Members of ${partnershipName}` });
          await members.getByRole("link", { name: `Involvement of ${memberName}`, exact: true }).click();
          await page.getByRole("heading", { level: 1, name: `Involvement of ${memberName}` }).waitFor();
          // The checklists render after their rubric arrives: wait for the last indicator before counting.
          for (const view of ["Lead organization's view", "Partner's view"]) {
            const indicators = page.getByRole("region", { name: view }).getByRole("radiogroup");
            await indicators.nth(12).waitFor();
            expect(await indicators.count()).toBe(13);
          }
          await expectAccessible(page, "the empty involvement page");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "classifies each view once saved and shows where they differ",
      async () => {
        const { admin, involvementUrl } = await setting("Bayside");
        await signedInAs(admin.email, async (page) => {
          await page.goto(involvementUrl);
          const leadView = page.getByRole("region", { name: "Lead organization's view" });
          await answer(leadView, "Took part in making the project's decisions", "Yes");
          await answer(leadView, "Was responsible, alone or with others, for carrying out the project", "Yes");
          await answer(leadView, "Was responsible for reporting the project's results", "Yes");
          await leadView.getByLabel("Respondent").fill("Jordan Lee");
          await leadView.getByRole("button", { name: "Save the lead organization's view" }).click();
          await leadView.getByText("Collaboration", { exact: true }).waitFor();
          await leadView.getByText(/^collaboration: .*shared decision-making/).waitFor();

          const partnerView = page.getByRole("region", { name: "Partner's view" });
          await answer(partnerView, "Coordinated its own activities with the project", "Yes");
          await answer(partnerView, "Contributed money", "No");
          await partnerView.getByRole("button", { name: "Save the partner's view" }).click();
          await partnerView.getByText("Coordination", { exact: true }).waitFor();
          await partnerView.getByText(/^coordination: .*coordination of activities/).waitFor();
          await partnerView.getByText("Incomplete", { exact: true }).waitFor();

          const gap = page.getByRole("region", { name: "Perception gap" });
          // An administrator is on neither side: both are named.
          await gap.getByText("The lead, Harbourview City Hall, says collaboration; Bayside Youth Centre says coordination.").waitFor();
          await gap.getByText("1 level apart", { exact: true }).waitFor();
          await gap.getByText(/^Took part in making the project's decisions: the lead yes, the partner not answered/).waitFor();
          expect(await leadView.getByLabel("Respondent").inputValue()).toBe("Jordan Lee");
          await expectAccessible(page, "the involvement page with both views");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "lists the member among the partnership's perception gaps",
      async () => {
        const { admin, partnershipId, partnershipName, memberName, membershipId } = await setting("Lakeshore");
        await buildInvolvementRecord(database.db, membershipId, { perspective: "lead", answers: LEAD_COLLABORATION });
        await buildInvolvementRecord(database.db, membershipId, { perspective: "partner", answers: PARTNER_COORDINATION });
        await signedInAs(admin.email, async (page) => {
          await page.goto(`${base}/partnerships/${partnershipId}`);
          const gaps = page.getByRole("table", { name: `Perception gaps in ${partnershipName}, widest first` });
          const row = gaps.getByRole("row").filter({ hasText: memberName });
          await row.getByRole("cell", { name: "Collaboration" }).waitFor();
          await row.getByRole("cell", { name: "Coordination" }).waitFor();
          await expectAccessible(page, "the partnership page with a perception gap");

          await row.getByRole("link", { name: memberName }).click();
          await page.getByRole("heading", { level: 1, name: `Involvement of ${memberName}` }).waitFor();
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "shows the checklist, the types and the gap in French",
      async () => {
        const { admin, memberName, membershipId, involvementUrl } = await setting("Riverside");
        await buildInvolvementRecord(database.db, membershipId, { perspective: "lead", answers: LEAD_COLLABORATION });
        await buildInvolvementRecord(database.db, membershipId, { perspective: "partner", answers: PARTNER_COORDINATION });
        await signedInAs(admin.email, async (page) => {
          await page.goto(involvementUrl);
          await page.getByRole("heading", { level: 1, name: `Involvement of ${memberName}` }).waitFor();
          await page.getByRole("radio", { name: "English" }).focus();
          await page.keyboard.press("ArrowRight");
          await page.getByRole("heading", { level: 1, name: `Participation de ${memberName}` }).waitFor();
          const leadView = page.getByRole("region", { name: "Point de vue de l'organisme responsable" });
          await leadView
            .getByRole("radiogroup", { name: "A pris part aux décisions du projet" })
            .getByRole("radio", { name: "Oui" })
            .waitFor();
          await leadView.getByText(/^collaboration : .*partage des décisions/).waitFor();
          const partnerView = page.getByRole("region", { name: "Point de vue du partenaire" });
          await partnerView.getByRole("radiogroup", { name: "A contribué financièrement" }).getByRole("radio", { name: "Non" }).waitFor();
          await partnerView.getByText("Incomplet", { exact: true }).waitFor();
          await page
            .getByText(
              `Point de vue de l'organisme responsable, Harbourview City Hall : collaboration ; point de vue du partenaire, ${memberName} : coordination.`,
            )
            .waitFor();
          await page.getByText("1 niveau d'écart", { exact: true }).waitFor();
          await expectAccessible(page, "the involvement page in French");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "lets the member organization answer its own view but not the lead's",
      async () => {
        const { memberId, membershipId, memberName, involvementUrl } = await setting("Hillcrest");
        await buildInvolvementRecord(database.db, membershipId, { perspective: "lead", answers: LEAD_COLLABORATION });
        const partner = await buildUser(database.db, { role: "partner", email: "youth@hillcrest.example.org", organizationId: memberId });
        await signedInAs(partner.email, async (partnerPage) => {
          await partnerPage.goto(involvementUrl);
          await partnerPage.getByRole("heading", { level: 1, name: `Involvement of ${memberName}` }).waitFor();
          const leadView = partnerPage.getByRole("region", { name: "Lead organization's view" });
          await leadView.getByText("Only those who manage this partnership can change the lead organization's view.").waitFor();
          expect(await leadView.getByRole("button").count()).toBe(0);
          // A view the reader may not change reads as answers written out, not as disabled radio buttons.
          await leadView.getByText("Yes", { exact: true }).first().waitFor();
          expect(await leadView.getByRole("radio").count()).toBe(0);

          const partnerView = partnerPage.getByRole("region", { name: "Partner's view" });
          await answer(partnerView, "Took part in making the project's decisions", "Yes");
          await answer(partnerView, "Was responsible, alone or with others, for carrying out the project", "Yes");
          await answer(partnerView, "Was responsible for reporting the project's results", "Yes");
          await partnerView.getByRole("button", { name: "Save the partner's view" }).click();
          await partnerView.getByText("Collaboration", { exact: true }).waitFor();
          await partnerPage.getByText("You and the lead, Harbourview City Hall, both say collaboration.").waitFor();
          await partnerPage.getByText("Same level", { exact: true }).waitFor();
          await expectAccessible(partnerPage, "the involvement page as the member organization");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "classifies the partnership's records again once its program has chosen another rubric",
      async () => {
        const { admin, programId, partnershipId, membershipId, involvementUrl } = await setting("Eastgate");
        await buildInvolvementRecord(database.db, membershipId, { perspective: "lead", answers: LEAD_COLLABORATION });
        await buildInvolvementRecord(database.db, membershipId, {
          perspective: "partner",
          answers: { ...LEAD_COLLABORATION, ...PARTNER_COORDINATION },
        });
        await storeRubric(database.db, sharedDecisionRubric("youth-engagement"));
        await saveProgramRubric(database.db, programId, "youth-engagement", admin.id, new Date().toISOString());
        await signedInAs(admin.email, async (page) => {
          await page.goto(`${base}/partnerships/${partnershipId}`);
          await page.getByRole("heading", { level: 2, name: "Perception gaps" }).waitFor();
          await page.getByRole("button", { name: "Classify again" }).click();
          const dialog = page.getByRole("dialog", { name: "Classify the answers again" });
          await dialog.getByText(/with Rubric youth-engagement \(version 1\)/).waitFor();
          await expectAccessible(page, "the dialog that classifies the records again");
          await dialog.getByRole("button", { name: "Classify again" }).click();
          await page.getByText("2 records classified again with version 1; 2 changed type.").waitFor();
          await dialog.waitFor({ state: "hidden" });

          // The stored types now come from the program's own rubric, named with its level labels.
          await page.goto(involvementUrl);
          await page.getByRole("region", { name: "Lead organization's view" }).getByText("Engaged", { exact: true }).waitFor();
          await page.getByRole("region", { name: "Partner's view" }).getByText("Engaged", { exact: true }).waitFor();
          await page.getByText("The lead, Harbourview City Hall, and Eastgate Youth Centre both say engaged.").waitFor();
        });
      },
      STEP_TIMEOUT,
    );
  });
}
