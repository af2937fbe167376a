import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { buildCommitment, buildMeeting } from "../support/meetings-factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 120_000;
const DAY = 86_400_000;

const pad = (value: number) => String(value).padStart(2, "0");
/** A moment some days from now at the given hour, as a datetime-local field takes it (the browser's time zone is the test's). */
function localInput(daysFromNow: number, hour: number): string {
  const date = new Date(Date.now() + daysFromNow * DAY);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}
const isoDay = (daysFromNow: number) => new Date(Date.now() + daysFromNow * DAY).toISOString().slice(0, 10);

if (chromiumPath) {
  describe("meetings in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;

    /** A partnership of its own with a lead and one member, its coordinator and a partner user of the member. */
    async function setting(place: string) {
      const db = database.db;
      const program = await buildProgram(db, { code: place.slice(0, 4).toUpperCase(), name: `${place} Program` });
      const lead = await buildOrganization(db, { name: `${place} City Hall`, sector: "municipal_government" });
      const partnershipName = `Safer ${place} Network`;
      const partnership = await buildPartnership(db, { programId: program.id, leadOrganizationId: lead.id, name: partnershipName });
      const member = await buildOrganization(db, { name: `${place} Youth Centre`, sector: "youth_organizations" });
      await buildMembership(db, partnership.id, member.id);
      const slug = place.toLowerCase();
      const coordinator = await buildUser(db, {
        role: "coordinator",
        email: `coordinator-${slug}@example.org`,
        partnershipIds: [partnership.id],
      });
      const partner = await buildUser(db, { role: "partner", email: `partner-${slug}@example.org`, organizationId: member.id });
      return { partnershipId: partnership.id, partnershipName, memberId: member.id, memberName: member.name, coordinator, partner };
    }

    async function signedInAs(email: string, steps: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
      const page = await pageSignedInAs(browser, base, email, viewport);
      try {
        await steps(page);
      } finally {
        await page.context().close();
      }
    }

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "a coordinator sets the cadence, schedules a meeting, records attendance and a report-out; the partner sees the next meeting",
      async () => {
        const s = await setting("Harbourview");
        const commitment = await buildCommitment(database.db, s.partnershipId, s.memberId, {
          description: "Open the gym on Friday evenings",
          pledgedOn: isoDay(-30),
          dueOn: isoDay(40),
        });
        await signedInAs(s.coordinator.email, async (page) => {
          await page.goto(`${base}/partnerships/${s.partnershipId}/meetings`);
          await page.getByRole("heading", { level: 1, name: `Meetings of ${s.partnershipName}` }).waitFor();
          await page.getByText("No meeting is scheduled.").first().waitFor();
          await page.getByRole("combobox", { name: "How often the partnership meets" }).click();
          await page.getByRole("option", { name: "monthly" }).click();
          await page.getByRole("button", { name: "Save", exact: true }).click();
          await page.getByText("Meets monthly; members are reminded 3 days before.").waitFor();
          // A cadence with nothing scheduled is not kept.
          await page.getByText(/^The cadence is not kept: schedule the next meeting by/).waitFor();
          await expectAccessible(page, "the meetings page");

          await page.getByRole("button", { name: "Schedule a meeting" }).click();
          const dialog = page.getByRole("dialog", { name: "Schedule a meeting" });
          await dialog.getByLabel("Title").fill("Spring partners’ table");
          await dialog.getByLabel("Starts").fill(localInput(10, 18));
          await dialog.getByLabel("Ends").fill(localInput(10, 17));
          await dialog.getByLabel("Place or link").fill("Harbourview community centre, room 2");
          await dialog.getByLabel("Agenda").fill("1. Review of commitments\n2. Summer plan");
          await dialog.getByRole("button", { name: "Schedule a meeting" }).click();
          // Ending before it starts is refused on the end.
          await dialog.getByText("must not be before the start date").waitFor();
          await dialog.getByLabel("Ends").fill(localInput(10, 20));
          await dialog.getByRole("button", { name: "Schedule a meeting" }).click();

          await page.getByRole("heading", { level: 1, name: "Spring partners’ table" }).waitFor();
          const attendance = page.getByRole("region", { name: "Attendance" });
          await attendance.getByLabel(`${s.memberName} was present`).check();
          await attendance.getByLabel(`Who came for ${s.memberName}`).fill("Amira Haddad");
          await attendance.getByLabel("Can commit the agency").check();
          await attendance.getByRole("button", { name: "Save the attendance" }).click();
          await page.getByText("Attendance saved.").waitFor();

          const review = page.getByRole("region", { name: "Accountability review" });
          await review.getByText("Open the gym on Friday evenings", { exact: true }).waitFor();
          await review.getByRole("combobox", { name: "Report-out on “Open the gym on Friday evenings”" }).click();
          await page.getByRole("option", { name: "On track" }).click();
          await review.getByLabel("Note").fill("The gym is booked from May.");
          await review.getByRole("button", { name: "Record" }).click();
          await review.getByText("Reported: On track").waitFor();
          await review.getByText(/^Delivered: 0 · On track: 1 · Slipping: 0 · Not yet reported: 0$/).waitFor();
          await expectAccessible(page, "the meeting page");
        });

        const stored = await database.db.selectFrom("meeting_attendance").selectAll().execute();
        expect(stored).toMatchObject([{ organization_id: s.memberId, attendee: "Amira Haddad", can_commit: 1 }]);
        const reports = await database.db.selectFrom("meeting_reviews").selectAll().where("commitment_id", "=", commitment.id).execute();
        expect(reports).toMatchObject([{ report: "on_track", note: "The gym is booked from May." }]);

        // The partner, on a phone, sees when the partnership meets next; the cadence is kept, so no warning.
        await signedInAs(
          s.partner.email,
          async (page) => {
            await page.goto(`${base}/partnerships/${s.partnershipId}`);
            await page.getByText("Next meeting", { exact: true }).waitFor();
            await page.getByRole("link", { name: "Spring partners’ table" }).waitFor();
            expect(await page.getByText(/cadence is not kept/).count()).toBe(0);
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
            await expectAccessible(page, "the partnership page on a phone");
            await page.getByRole("link", { name: "Spring partners’ table" }).click();
            await page.getByRole("heading", { level: 1, name: "Spring partners’ table" }).waitFor();
            await page.getByText("Amira Haddad", { exact: false }).waitFor();
            await page.getByText("Reported: On track").waitFor();
            // Partners read the meeting; they do not hold it.
            expect(await page.getByRole("button", { name: "Cancel the meeting" }).count()).toBe(0);
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
            await expectAccessible(page, "the meeting page read by a partner on a phone");
          },
          { width: 390, height: 844 },
        );
      },
      STEP_TIMEOUT,
    );

    it(
      "records a report-out in French",
      async () => {
        const s = await setting("Baie");
        const meeting = await buildMeeting(database.db, s.partnershipId, {
          title: "Table de concertation",
          startsAt: new Date(Date.now() + 5 * DAY).toISOString(),
        });
        await buildCommitment(database.db, s.partnershipId, s.memberId, {
          description: "Patrouilles à vélo le soir",
          pledgedOn: isoDay(-10),
        });
        await signedInAs(s.coordinator.email, async (page) => {
          await page.getByRole("radio", { name: "English" }).focus();
          await page.keyboard.press("ArrowRight");
          await page.locator("html[lang=fr]").waitFor({ state: "attached" });
          await page.goto(`${base}/partnerships/${s.partnershipId}/meetings/${meeting.id}`);
          await page.getByRole("heading", { level: 1, name: "Table de concertation" }).waitFor();
          const review = page.getByRole("region", { name: "Bilan des engagements" });
          await review.getByRole("combobox", { name: "Compte rendu sur «\u00a0Patrouilles à vélo le soir\u00a0»" }).click();
          await page.getByRole("option", { name: "En retard" }).click();
          await review.getByRole("button", { name: "Enregistrer" }).click();
          await review.getByText("Compte rendu\u00a0: En retard").waitFor();
          await page.getByRole("region", { name: "Présences" }).getByText(`${s.memberName} était présent`).waitFor();
          await expectAccessible(page, "the meeting page in French");
        });
      },
      STEP_TIMEOUT,
    );
  });
}
