// One partnership run from start to finish in the browser, once in English and once in French: the
// coordinator writes the charter and gives the member an intended role, adds a goal with a measured
// objective and a value; the member's partner user pledges a commitment; a meeting reviews it and turns
// an action item into another commitment; the partner delivers the first one before its due date; and the
// accountability view shows it kept on time. Every page visited is checked with axe-core.
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser, TEST_PASSWORD } from "../support/factories.js";
import { daysFromToday } from "../support/ledger-factories.js";
import { buildMeeting } from "../support/meetings-factories.js";

const chromiumPath = inject("chromiumPath");
const SETUP_TIMEOUT = 120_000;
const JOURNEY_TIMEOUT = 600_000;
const DAY = 86_400_000;

const pad = (value: number) => String(value).padStart(2, "0");
/** A moment some days from now at the given hour, as a datetime-local field takes it (in the browser's time zone, the test's). */
function localInput(daysFromNow: number, hour: number): string {
  const date = new Date(Date.now() + daysFromNow * DAY);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}

const quoted = {
  en: (text: string) => `“${text}”`,
  fr: (text: string) => `«\u00a0${text}\u00a0»`,
};

/** What the pages say, in each language. */
const WORDS = {
  en: {
    welcome: (email: string) => `Welcome, ${email}`,
    charter: "Charter",
    noCharter: "No charter yet. Write the first version below.",
    need: /^The need/,
    vision: "Vision",
    mission: "Mission",
    values: "Values",
    intendedRole: "Intended role",
    collaboration: "Collaboration",
    expected: "What is expected of it",
    saveCharter: "Save the charter",
    charterSaved: /^Version 1, saved /,
    plan: "Action plan",
    noGoal: "No goal yet.",
    addGoal: "Add a goal",
    goal: "Goal",
    save: "Save",
    addObjective: "Add an objective",
    objective: "Objective",
    counted: "What is counted",
    unit: "Unit",
    baselineValue: "Baseline value",
    baselineOn: "Baseline date",
    targetValue: "Target value",
    targetOn: "Target date",
    noValue: "No value yet",
    enterValue: "Enter a value",
    observedOn: "Date observed",
    valueIn: (unit: string) => `Value (${unit})`,
    recordValue: "Record the value",
    chart: /: 1 value entered/,
    ledger: "Commitment ledger",
    noCommitment: "No commitment matches.",
    pledgeOpen: "Pledge a commitment",
    memberOrganization: "Member organization",
    commitsTo: "What the organization commits to do",
    dueOn: "Due on",
    pledge: "Pledge",
    pledged: "Pledged",
    deliverOf: (text: string) => `Deliver ${quoted.en(text)}`,
    deliverTitle: "Deliver the commitment",
    deliveredOn: "Delivered on",
    deliver: "Deliver",
    delivered: "Delivered",
    meetingsOf: (name: string) => `Meetings of ${name}`,
    schedule: "Schedule a meeting",
    title: "Title",
    starts: "Starts",
    ends: "Ends",
    place: "Place or link",
    agenda: "Agenda",
    review: "Accountability review",
    reportOn: (text: string) => `Report-out on ${quoted.en(text)}`,
    onTrack: "On track",
    note: "Note",
    record: "Record",
    reported: "Reported: On track",
    actionItems: "Action items",
    actionDescription: "What is to be done",
    actionMember: "Member",
    actionDueOn: "Due on",
    addAction: "Add the action item",
    fromMeeting: "Commitments from this meeting",
    asCommitment: "A member’s commitment",
    asActivity: "An activity of the plan",
    actionObjective: "Objective",
    activitiesFromMeeting: "Activities from this meeting",
    accountability: (name: string) => `Accountability — ${name}`,
    keptRate: "100.0%",
    memberRecord: "2 pledged, 1 delivered, 0 withdrawn",
    nothingOverdue: /^Nothing is overdue on /,
    summary: "2 pledged: 1 delivered on time, 0 late, 1 open, of which 0 overdue and 0 due within 7 days.",
  },
  fr: {
    welcome: (email: string) => `Bienvenue, ${email}`,
    charter: "Charte",
    noCharter: "Pas encore de charte. Rédigez-en la première version ci-dessous.",
    need: /^Le besoin/,
    vision: "Vision",
    mission: "Mission",
    values: "Valeurs",
    intendedRole: "Rôle prévu",
    collaboration: "Collaboration",
    expected: "Ce qu’on attend de lui",
    saveCharter: "Enregistrer la charte",
    charterSaved: /^Version 1, enregistrée le /,
    plan: "Plan d’action",
    noGoal: "Aucun but pour l’instant.",
    addGoal: "Ajouter un but",
    goal: "But",
    save: "Enregistrer",
    addObjective: "Ajouter un objectif",
    objective: "Objectif",
    counted: "Ce qui est compté",
    unit: "Unité",
    baselineValue: "Valeur de référence",
    baselineOn: "Date de référence",
    targetValue: "Valeur cible",
    targetOn: "Date cible",
    noValue: "Aucune valeur",
    enterValue: "Saisir une valeur",
    observedOn: "Date d’observation",
    valueIn: (unit: string) => `Valeur (${unit})`,
    recordValue: "Enregistrer la valeur",
    chart: /\s: 1 valeur saisie/,
    ledger: "Registre des engagements",
    noCommitment: "Aucun engagement ne correspond.",
    pledgeOpen: "Prendre un engagement",
    memberOrganization: "Organisme membre",
    commitsTo: "Ce que l’organisme s’engage à faire",
    dueOn: "Échéance",
    pledge: "S’engager",
    pledged: "Pris",
    deliverOf: (text: string) => `Marquer tenu ${quoted.fr(text)}`,
    deliverTitle: "Marquer l’engagement tenu",
    deliveredOn: "Tenu le",
    deliver: "Marquer tenu",
    delivered: "Tenu",
    meetingsOf: (name: string) => `Réunions de ${name}`,
    schedule: "Prévoir une réunion",
    title: "Titre",
    starts: "Début",
    ends: "Fin",
    place: "Lieu ou lien",
    agenda: "Ordre du jour",
    review: "Bilan des engagements",
    reportOn: (text: string) => `Compte rendu sur ${quoted.fr(text)}`,
    onTrack: "En bonne voie",
    note: "Note",
    record: "Enregistrer",
    reported: "Compte rendu\u00a0: En bonne voie",
    actionItems: "Suites à donner",
    actionDescription: "Ce qu’il faut faire",
    actionMember: "Membre",
    actionDueOn: "Échéance",
    addAction: "Ajouter la suite à donner",
    fromMeeting: "Engagements issus de cette réunion",
    asCommitment: "Un engagement d’un membre",
    asActivity: "Une activité du plan",
    actionObjective: "Objectif",
    activitiesFromMeeting: "Activités issues de cette réunion",
    accountability: (name: string) => `Reddition de comptes — ${name}`,
    keptRate: /^100,0\s%$/,
    memberRecord: "2 engagements, 1 réalisé(s), 0 retiré(s)",
    nothingOverdue: /^Rien n’est en retard au /,
    summary: "2 engagements\u00a0: 1 réalisés à temps, 0 après l’échéance, 1 en cours, dont 0 en retard et 0 à échéance sous 7 jours.",
  },
} as const;

/** The partnership's texts, in each language. */
const TEXTS = {
  en: {
    place: "Harbourview",
    need: "Break-ins near the schools fell for no one agency alone.",
    vision: "Children walk to school safely.",
    mission: "Prevent, intervene and follow up together.",
    values: "Trust and openness.",
    expected: "Host the monthly meetings.",
    goal: "Safer walks to school",
    objective: "Cut incidents near schools by 40%",
    counted: "Incidents reported near schools",
    unit: "incidents",
    commitment: "Run four conflict-resolution workshops",
    meeting: "Spring partners’ table",
    location: "Harbourview community centre, room 2",
    note: "Two workshops are booked.",
    actionItem: "Share the monthly incident map with the partners",
    activity: "Map the routes children walk",
    laterMeeting: "Summer partners’ table",
    laterActionItem: "Train the crossing guards",
    valueCell: "70 incidents",
  },
  fr: {
    place: "Lévis",
    need: "Aucun organisme ne peut seul faire baisser les introductions par effraction près des écoles.",
    vision: "Les enfants vont à l’école en sécurité.",
    mission: "Prévenir, intervenir et assurer le suivi ensemble.",
    values: "Confiance et ouverture.",
    expected: "Accueillir les réunions mensuelles.",
    goal: "Des trajets scolaires plus sûrs",
    objective: "Réduire de 40 % les incidents près des écoles",
    counted: "Incidents signalés près des écoles",
    unit: "incidents",
    commitment: "Animer quatre ateliers de résolution de conflits",
    meeting: "Table de concertation du printemps",
    location: "Centre communautaire de Lévis, salle 2",
    note: "Deux ateliers sont réservés.",
    actionItem: "Transmettre chaque mois la carte des incidents aux partenaires",
    activity: "Cartographier les trajets des enfants",
    laterMeeting: "Table de concertation de l’été",
    laterActionItem: "Former les brigadiers scolaires",
    valueCell: "70 incidents",
  },
} as const;

type Language = keyof typeof WORDS;

function journey(language: Language) {
  const w = WORDS[language];
  const x = TEXTS[language];

  describe(`a partnership run from charter to accountability (${language === "en" ? "English" : "French"})`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let partnershipId: string;
    let partnershipName: string;
    let memberName: string;
    let coordinatorEmail: string;
    let partnerEmail: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const db = database.db;
      const program = await buildProgram(db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(db, { name: `${x.place} City Hall`, sector: "municipal_government" });
      partnershipName = `Safer ${x.place}`;
      const partnership = await buildPartnership(db, { programId: program.id, leadOrganizationId: lead.id, name: partnershipName });
      partnershipId = partnership.id;
      const member = await buildOrganization(db, { name: `${x.place} School Board`, sector: "schools" });
      memberName = member.name;
      await buildMembership(db, partnership.id, member.id);
      coordinatorEmail = (
        await buildUser(db, { role: "coordinator", email: `coordinator-${language}@example.org`, partnershipIds: [partnership.id] })
      ).email;
      partnerEmail = (await buildUser(db, { role: "partner", email: `partner-${language}@example.org`, organizationId: member.id })).email;
      // Each account reads the app in the language of this run.
      await db.updateTable("users").set({ locale: language }).where("email", "in", [coordinatorEmail, partnerEmail]).execute();
      ({ app, base, browser } = await openBrowserApp(chromiumPath ?? "", database));
    }, SETUP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    /** Someone at their own screen, signed in through the sign-in page, reading the app in the language of this run. */
    async function signedInAs(email: string, steps: (page: Page) => Promise<void>, timezoneId?: string): Promise<void> {
      const context = await browser.newContext({
        locale: "en-CA",
        reducedMotion: "reduce",
        viewport: { width: 1440, height: 900 },
        ...(timezoneId ? { timezoneId } : {}),
      });
      const page = await context.newPage();
      try {
        await page.goto(`${base}/sign-in`);
        await page.getByLabel("Email address").fill(email);
        await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.getByRole("heading", { level: 1, name: w.welcome(email) }).waitFor();
        await page.locator(`html[lang=${language}]`).waitFor({ state: "attached" });
        await steps(page);
      } finally {
        await context.close();
      }
    }

    const url = (path: string) => `${base}/partnerships/${partnershipId}${path}`;

    async function saveDialog(page: Page, name: string) {
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name, exact: true }).click();
      await dialog.waitFor({ state: "detached" });
    }

    it(
      "goes from the charter to a commitment delivered on time",
      async () => {
        // 1–2. The coordinator writes the charter, then the plan.
        await signedInAs(coordinatorEmail, async (page) => {
          await page.goto(url("/charter"));
          await page.getByRole("heading", { level: 1, name: w.charter }).waitFor();
          await page.getByText(w.noCharter).waitFor();
          await expectAccessible(page, "the empty charter");
          await page.getByLabel(w.need).fill(x.need);
          await page.getByLabel(w.vision, { exact: true }).fill(x.vision);
          await page.getByLabel(w.mission, { exact: true }).fill(x.mission);
          await page.getByLabel(w.values, { exact: true }).fill(x.values);
          const member = page.getByRole("group", { name: memberName });
          await member.getByRole("combobox", { name: w.intendedRole, exact: true }).click();
          await page.getByRole("option", { name: w.collaboration, exact: true }).click();
          await member.getByLabel(w.expected).fill(x.expected);
          await expectAccessible(page, "the charter being written");
          await page.getByRole("button", { name: w.saveCharter }).click();
          await page.getByText(w.charterSaved).waitFor();
          const card = page.getByRole("article", { name: memberName });
          await card.getByText(x.expected).waitFor();
          await card.getByText(w.collaboration, { exact: true }).waitFor();
          await expectAccessible(page, "the charter once written");

          await page.goto(url("/plan"));
          await page.getByRole("heading", { level: 1, name: w.plan }).waitFor();
          await page.getByText(w.noGoal).waitFor();
          await expectAccessible(page, "the empty plan");
          await page.getByRole("button", { name: w.addGoal }).click();
          const goalDialog = page.getByRole("dialog", { name: w.addGoal });
          await goalDialog.getByRole("textbox", { name: w.goal, exact: true }).fill(x.goal);
          await expectAccessible(page, "the goal form");
          await saveDialog(page, w.save);
          const goal = page.getByRole("region", { name: x.goal });
          await goal.getByRole("button", { name: w.addObjective }).click();
          const objectiveDialog = page.getByRole("dialog", { name: w.addObjective });
          await objectiveDialog.getByRole("textbox", { name: w.objective, exact: true }).fill(x.objective);
          await objectiveDialog.getByRole("textbox", { name: w.counted }).fill(x.counted);
          await objectiveDialog.getByRole("textbox", { name: w.unit, exact: true }).fill(x.unit);
          await objectiveDialog.getByRole("textbox", { name: w.baselineValue }).fill("100");
          await objectiveDialog.getByLabel(w.baselineOn).fill(daysFromToday(-180));
          await objectiveDialog.getByRole("textbox", { name: w.targetValue }).fill("60");
          await objectiveDialog.getByLabel(w.targetOn).fill(daysFromToday(180));
          await expectAccessible(page, "the objective form with its measure");
          await saveDialog(page, w.save);
          const objective = goal.getByRole("article", { name: x.objective });
          await objective.getByText(w.noValue).waitFor();
          await objective.getByRole("button", { name: w.enterValue }).click();
          const valueDialog = page.getByRole("dialog", { name: w.enterValue });
          await valueDialog.getByLabel(w.observedOn).fill(daysFromToday(-1));
          await valueDialog.getByRole("textbox", { name: w.valueIn(x.unit) }).fill("70");
          await expectAccessible(page, "the value form");
          await saveDialog(page, w.recordValue);
          await objective.getByRole("img", { name: w.chart }).waitFor();
          await objective.getByRole("cell", { name: x.valueCell }).waitFor();
          await expectAccessible(page, "the plan with a measured objective");
        });

        // 3. The partner user pledges a commitment for its own organization, due in two weeks.
        await signedInAs(partnerEmail, async (page) => {
          await page.goto(url("/commitments"));
          await page.getByRole("heading", { level: 1, name: w.ledger }).waitFor();
          await page.getByText(w.noCommitment).waitFor();
          await expectAccessible(page, "the empty ledger");
          await page.getByRole("button", { name: w.pledgeOpen }).click();
          const dialog = page.getByRole("dialog", { name: w.pledgeOpen });
          await dialog.getByLabel(w.memberOrganization).click();
          await expect.poll(() => page.getByRole("option").allTextContents()).toEqual([memberName]);
          await page.getByRole("option", { name: memberName }).click();
          await dialog.getByLabel(w.commitsTo).fill(x.commitment);
          await dialog.getByLabel(w.dueOn).fill(daysFromToday(14));
          await expectAccessible(page, "the pledge dialog");
          await dialog.getByRole("button", { name: w.pledge, exact: true }).click();
          await dialog.waitFor({ state: "detached" });
          await page.getByRole("article", { name: x.commitment }).getByText(w.pledged, { exact: true }).waitFor();
          await expectAccessible(page, "the ledger with a pledge");
        });

        // 4. The coordinator schedules tomorrow's meeting, records a report-out on the pledge in its review,
        // and turns an action item into a commitment of the member.
        await signedInAs(coordinatorEmail, async (page) => {
          await page.goto(url("/meetings"));
          await page.getByRole("heading", { level: 1, name: w.meetingsOf(partnershipName) }).waitFor();
          await expectAccessible(page, "the meetings page");
          await page.getByRole("button", { name: w.schedule }).click();
          const dialog = page.getByRole("dialog", { name: w.schedule });
          await dialog.getByLabel(w.title).fill(x.meeting);
          await dialog.getByLabel(w.starts).fill(localInput(1, 9));
          await dialog.getByLabel(w.ends).fill(localInput(1, 11));
          await dialog.getByLabel(w.place).fill(x.location);
          await dialog.getByLabel(w.agenda).fill("1. …");
          await expectAccessible(page, "the meeting form");
          await dialog.getByRole("button", { name: w.schedule }).click();

          await page.getByRole("heading", { level: 1, name: x.meeting }).waitFor();
          const review = page.getByRole("region", { name: w.review });
          await review.getByText(x.commitment, { exact: true }).waitFor();
          await review.getByRole("combobox", { name: w.reportOn(x.commitment) }).click();
          await page.getByRole("option", { name: w.onTrack }).click();
          await review.getByLabel(w.note).fill(x.note);
          await review.getByRole("button", { name: w.record, exact: true }).click();
          await review.getByText(w.reported).waitFor();
          await expectAccessible(page, "the meeting with its review");

          const actions = page.getByRole("region", { name: w.actionItems });
          // Both kinds are offered, the ledger's first, whichever part of the server answers first.
          await expect.poll(() => actions.getByRole("radio", { name: w.asCommitment }).isChecked()).toBe(true);
          await actions.getByLabel(w.actionDescription).fill(x.actionItem);
          await actions.getByRole("combobox", { name: w.actionMember, exact: true }).click();
          await page.getByRole("option", { name: memberName }).click();
          await actions.getByLabel(w.actionDueOn).fill(daysFromToday(60));
          await expectAccessible(page, "the action item form");
          await actions.getByRole("button", { name: w.addAction }).click();
          await actions.getByText(w.fromMeeting).waitFor();
          await actions.getByText(`${memberName}: ${x.actionItem}`, { exact: false }).waitFor();
          await expectAccessible(page, "the meeting with an action item");

          // Another action item becomes an activity of the plan, under the objective.
          await actions.getByText(w.asActivity, { exact: true }).click();
          await expect.poll(() => actions.getByRole("radio", { name: w.asActivity }).isChecked()).toBe(true);
          await actions.getByLabel(w.actionDescription).fill(x.activity);
          await actions.getByRole("combobox", { name: w.actionObjective, exact: true }).click();
          await page.getByRole("option", { name: `${x.goal} — ${x.objective}` }).click();
          await actions.getByRole("button", { name: w.addAction }).click();
          await actions.getByText(w.activitiesFromMeeting).waitFor();
          await actions.getByText(x.activity, { exact: false }).waitFor();
          await expectAccessible(page, "the meeting with an activity from it");
        });

        const pledged = await database.db
          .selectFrom("commitments")
          .select(["description", "meeting_id", "due_on"])
          .where("partnership_id", "=", partnershipId)
          .orderBy("description")
          .execute();
        expect(pledged.map((row) => row.description).sort()).toEqual([x.commitment, x.actionItem].sort());
        expect(pledged.find((row) => row.description === x.actionItem)).toMatchObject({ due_on: daysFromToday(60) });
        expect(pledged.find((row) => row.description === x.actionItem)?.meeting_id).not.toBeNull();

        const activities = await database.db.selectFrom("plan_activities").select(["title", "meeting_id"]).execute();
        expect(activities).toHaveLength(1);
        expect(activities[0]?.title).toBe(x.activity);
        expect(activities[0]?.meeting_id).not.toBeNull();

        // 5–6. The partner delivers the pledge today, before it is due, and reads the accountability view.
        await signedInAs(partnerEmail, async (page) => {
          await page.goto(url("/commitments"));
          await page.getByRole("heading", { level: 1, name: w.ledger }).waitFor();
          // The action item from the meeting is in the ledger too.
          await page.getByRole("article", { name: x.actionItem }).waitFor();
          const card = page.getByRole("article", { name: x.commitment });
          await card.getByRole("button", { name: w.deliverOf(x.commitment) }).click();
          const deliver = page.getByRole("dialog", { name: w.deliverTitle });
          await expect.poll(() => deliver.getByLabel(w.deliveredOn).inputValue()).toBe(daysFromToday(0));
          await expectAccessible(page, "the deliver dialog");
          await deliver.getByRole("button", { name: w.deliver, exact: true }).click();
          await deliver.waitFor({ state: "detached" });
          await card.getByText(w.delivered, { exact: true }).waitFor();
          await expectAccessible(page, "the ledger with a delivery");

          await page.goto(url("/accountability"));
          await page.getByRole("heading", { level: 1, name: w.accountability(partnershipName) }).waitFor();
          await page.getByText(w.nothingOverdue).waitFor();
          await page.getByText(w.summary).waitFor();
          const record = page.getByRole("article", { name: memberName });
          await record.getByText(w.keptRate).first().waitFor();
          await record.getByText(w.memberRecord).waitFor();
          await expectAccessible(page, "the accountability view");
        });
      },
      JOURNEY_TIMEOUT,
    );

    it(
      "records a meeting's action item as a commitment pledged today, for a reader whose day is ahead of UTC",
      async () => {
        // Kiritimati is fourteen hours ahead of UTC: from 10:00 UTC on, its date is already tomorrow.
        const meeting = await buildMeeting(database.db, partnershipId, {
          title: x.laterMeeting,
          startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
        });
        await signedInAs(
          coordinatorEmail,
          async (page) => {
            await page.goto(url(`/meetings/${meeting.id}`));
            await page.getByRole("heading", { level: 1, name: x.laterMeeting }).waitFor();
            const actions = page.getByRole("region", { name: w.actionItems });
            await actions.getByLabel(w.actionDescription).fill(x.laterActionItem);
            await actions.getByRole("combobox", { name: w.actionMember, exact: true }).click();
            await page.getByRole("option", { name: memberName }).click();
            await actions.getByLabel(w.actionDueOn).fill(daysFromToday(30));
            await actions.getByRole("button", { name: w.addAction }).click();
            await actions.getByText(`${memberName}: ${x.laterActionItem}`, { exact: false }).waitFor();
            await expectAccessible(page, "a later meeting with an action item");
          },
          "Pacific/Kiritimati",
        );
        const stored = await database.db
          .selectFrom("commitments")
          .select(["pledged_on", "meeting_id"])
          .where("description", "=", x.laterActionItem)
          .executeTakeFirstOrThrow();
        expect(stored).toEqual({ pledged_on: daysFromToday(0), meeting_id: meeting.id });
      },
      SETUP_TIMEOUT,
    );
  });
}

if (chromiumPath) {
  journey("en");
  journey("fr");
}
