import { describe, expect, it } from "vitest";
import { BUILT_IN_INSTRUMENTS } from "../../domain/surveys/built-in/index.js";
import { BUILT_IN_SUGGESTIONS } from "../../domain/surveys/built-in/suggestions.js";
import { DONT_KNOW, itemsOf, type Answers, type Instrument, type InstrumentItem } from "../../domain/surveys/instrument.js";
import { PARTNERSHIP_STUDY_RUBRIC } from "../../domain/typology/built-in-rubrics.js";
import { classify } from "../../domain/typology/classify.js";
import { byProjectIndicator, PROJECT_INDICATOR_KEYS } from "../../domain/typology/indicators.js";
import { checkAnswers } from "../../domain/surveys/answers.js";
import { buildDemoRows } from "./build.js";
import { DEMO_PORTFOLIO } from "./portfolio/index.js";
import { EXPERIENCE_CHOICE_SHARES, EXPERIENCE_SHARES } from "./surveys/answers.js";
import { recordKey } from "./surveys/rows.js";

const today = new Date("2026-11-22T12:00:00Z");
const todayText = "2026-11-22";
let counter = 0;
const rows = buildDemoRows(DEMO_PORTFOLIO, { today, at: "2026-11-22T12:00:00.000Z", passwordHash: "hash", newId: () => `id-${++counter}` });
const { rounds, respondents, responses, activities, actionSteps } = rows.surveys;

function instrumentOf(id: string): Instrument {
  const instrument = BUILT_IN_INSTRUMENTS.find((candidate) => candidate.id === id);
  if (!instrument) throw new Error(`no instrument ${id}`);
  return instrument;
}

const answersOf = (response: { answers: string }): Answers => JSON.parse(response.answers) as Answers;
const submittedIn = (roundId: string) => responses.filter((response) => response.round_id === roundId && response.submitted_at);
const partnershipId = (key: string) => rows.partnerships.find((row) => row.name_key.startsWith(key))?.id;
const HAMILTON = partnershipId("hamilton east");
const RESEAU = partnershipId("reseau de prevention");
const roundOf = (partnership: string | undefined, instrument: string, label: string) => {
  const round = rounds.find((row) => row.partnership_id === partnership && row.instrument_id === instrument && row.label === label);
  if (!round) throw new Error(`no ${instrument} ${label} round`);
  return round;
};

/** What the answers check refuses in one value: item ids, scale, options, yes/no and text length, as a response is checked. */
function problemWith(item: InstrumentItem | undefined, value: unknown): string | null {
  if (!item) return "unknown item";
  const options = new Set((item.options ?? []).map((option) => option.key));
  switch (item.type) {
    case "agreement5":
      return value === DONT_KNOW || (Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 5) ? null : "out of scale";
    case "single":
      return typeof value === "string" && options.has(value) ? null : "unknown option";
    case "multiple":
      return Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((key) => typeof key === "string" && options.has(key))
        ? null
        : "unknown or repeated option";
    case "yesno":
      return value === "yes" || value === "no" ? null : "not yes or no";
    case "longtext":
      return typeof value === "string" && value.trim() === value && value.length > 0 && value.length <= 5000 ? null : "bad text";
    case "number":
    case "text":
      return "a type the built-in instruments do not ask";
  }
}

function answerProblems(instrument: Instrument, answers: Answers, submitting: boolean): string[] {
  const items = new Map(itemsOf(instrument).map((item) => [item.id, item]));
  const problems = Object.entries(answers).flatMap(([id, value]) => {
    const problem = problemWith(items.get(id), value);
    return problem ? [`${id}: ${problem}`] : [];
  });
  if (submitting) for (const item of items.values()) if (item.required && !(item.id in answers)) problems.push(`${item.id}: required`);
  return problems;
}

/** A score's pooled mean over submitted responses (reverse items as 6 − value, "don't know" left out) and how many responses answered it. */
function scoreOf(instrument: Instrument, key: string, answered: Answers[]) {
  const items = itemsOf(instrument).filter((item) => instrument.scores.find((score) => score.key === key)?.items.includes(item.id));
  let sum = 0;
  let count = 0;
  let behind = 0;
  for (const answers of answered) {
    let counted = false;
    for (const item of items) {
      const value = answers[item.id];
      if (typeof value !== "number") continue;
      sum += item.reverse ? 6 - value : value;
      count += 1;
      counted = true;
    }
    if (counted) behind += 1;
  }
  const mean = Math.round((sum / count) * 100) / 100;
  const band = instrument.bands.find((candidate) => mean >= candidate.min)?.key ?? null;
  return { mean, band, behind };
}

describe("the demo's surveys as built", () => {
  it("runs a baseline and a final round of each built-in instrument in Hamilton East and the French network", () => {
    for (const partnership of [HAMILTON, RESEAU]) {
      for (const instrument of BUILT_IN_INSTRUMENTS) {
        const baseline = roundOf(partnership, instrument.id, "baseline");
        const final = roundOf(partnership, instrument.id, "final");
        expect([baseline.instrument_version, final.instrument_version]).toEqual([instrument.version, instrument.version]);
        expect(baseline.opens_on >= "2025-11-22" && baseline.opens_on <= "2026-01-22", baseline.opens_on).toBe(true);
        expect(baseline.closes_on < todayText && final.opens_on > "2026-09-22" && final.opens_on <= todayText).toBe(true);
      }
    }
    expect(rounds).toHaveLength(16);
    for (const round of rounds) expect(BUILT_IN_INSTRUMENTS.some((instrument) => instrument.id === round.instrument_id)).toBe(true);
    const open = rounds.filter((round) => round.opens_on <= todayText && round.closes_on >= todayText && round.closed_at === null);
    expect(new Set(open.map((round) => round.partnership_id))).toEqual(new Set([RESEAU]));
    expect(open).toHaveLength(4);
  });

  it("answers only as the answers check allows, every required item of a submitted response answered", () => {
    const problems = responses.flatMap((response) =>
      answerProblems(instrumentOf(response.instrument_id), answersOf(response), response.submitted_at !== null).map(
        (problem) => `${response.instrument_id} ${response.id} ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
    for (const response of responses) {
      const checked = checkAnswers(instrumentOf(response.instrument_id), answersOf(response), {
        submitting: response.submitted_at !== null,
      });
      expect([checked.problems, checked.answers], response.id).toEqual([[], answersOf(response)]);
    }
    expect(
      responses.every((response) => rounds.find((round) => round.id === response.round_id)?.instrument_id === response.instrument_id),
    ).toBe(true);
  });

  it("asks the members' contacts: the lead's respondent about each partner, each partner's representative about itself", () => {
    const contacts = new Map(rows.contacts.map((contact) => [contact.id, contact]));
    for (const respondent of respondents) {
      const round = rounds.find((row) => row.id === respondent.round_id);
      const membership = rows.memberships.find(
        (row) => row.partnership_id === respondent.partnership_id && row.organization_id === respondent.organization_id,
      );
      expect(membership && (membership.joined_on ?? "") <= (round?.opens_on ?? "")).toBe(true);
      expect(contacts.get(respondent.contact_id ?? "")?.organization_id).toBe(respondent.organization_id);
      if (round?.instrument_id !== "involvement-checklist") continue;
      const about = rows.memberships.find((row) => row.id === respondent.membership_id);
      const lead = rows.partnerships.find((row) => row.id === respondent.partnership_id)?.lead_organization_id;
      expect(about && about.organization_id !== lead).toBe(true);
      if (respondent.perspective === "partner")
        expect([respondent.organization_id, respondent.contact_id]).toEqual([about?.organization_id, about?.representative_contact_id]);
      else expect([respondent.perspective, respondent.organization_id]).toEqual(["lead", lead]);
    }
  });

  it("shows every health-check score on three responses or more, across the three bands, in every round", () => {
    const health = instrumentOf("health-check");
    for (const round of rounds.filter((row) => row.instrument_id === "health-check")) {
      const answered = submittedIn(round.id).map(answersOf);
      const scores = health.scores.map((score) => scoreOf(health, score.key, answered));
      expect(Math.min(...scores.map((score) => score.behind))).toBeGreaterThanOrEqual(round.threshold);
      expect(new Set(scores.map((score) => score.band))).toEqual(new Set(["strength", "borderline", "concern"]));
    }
  });

  it("moves most ingredients up from the baseline and one or two down", () => {
    const health = instrumentOf("health-check");
    for (const partnership of [HAMILTON, RESEAU]) {
      const before = submittedIn(roundOf(partnership, "health-check", "baseline").id).map(answersOf);
      const after = submittedIn(roundOf(partnership, "health-check", "final").id).map(answersOf);
      const changes = health.scores.map((score) => scoreOf(health, score.key, after).mean - scoreOf(health, score.key, before).mean);
      expect(changes.filter((change) => change > 0).length).toBeGreaterThanOrEqual(8);
      expect(changes.filter((change) => change < 0).length).toBeGreaterThanOrEqual(1);
      expect(changes.filter((change) => change < 0).length).toBeLessThanOrEqual(2);
      expect(Math.max(...changes.map(Math.abs))).toBeGreaterThan(0.5);
    }
  });

  it("withholds one round: two submissions so far in the French network's open capacity self-assessment", () => {
    const thin = rounds.filter((round) => submittedIn(round.id).length < round.threshold);
    expect(thin.map((round) => [round.partnership_id, round.instrument_id, round.label])).toEqual([
      [RESEAU, "capacity-self-assessment", "final"],
    ]);
    expect(submittedIn(thin[0]?.id ?? "")).toHaveLength(2);
  });

  it("leaves some responses started but not submitted, some people not yet started, and some statements unknown", () => {
    const started = responses.filter((response) => response.submitted_at === null);
    expect(started.length).toBeGreaterThanOrEqual(8);
    expect(new Set(started.map((response) => response.round_id)).size).toBeGreaterThanOrEqual(6);
    expect(respondents.length - responses.length).toBeGreaterThanOrEqual(20);
    const unknown = responses.flatMap((response) => Object.values(answersOf(response)).filter((value) => value === DONT_KNOW));
    expect(unknown.length).toBeGreaterThanOrEqual(20);
  });

  it("answers the experience survey with every option, in about the study's shares", () => {
    const experience = instrumentOf("partnership-experience");
    const answered = responses.filter((row) => row.instrument_id === "partnership-experience" && row.submitted_at).map(answersOf);
    expect(answered.length).toBeGreaterThanOrEqual(25);
    const shares: Record<string, Record<string, number>> = { ...EXPERIENCE_SHARES, ...EXPERIENCE_CHOICE_SHARES };
    for (const item of itemsOf(experience).filter((row) => row.options)) {
      for (const option of item.options ?? []) {
        const chosen = answered.filter((answers) => {
          const value = answers[item.id];
          return Array.isArray(value) ? value.includes(option.key) : value === option.key;
        }).length;
        expect(chosen, `${item.id} ${option.key}`).toBeGreaterThan(0);
        const share = shares[item.id]?.[option.key] ?? 0;
        expect(Math.abs(chosen / answered.length - share), `${item.id} ${option.key}`).toBeLessThan(0.15);
      }
    }
    expect(answered.filter((answers) => typeof answers.comments === "string").length).toBeGreaterThanOrEqual(4);
  });

  it("makes each submitted checklist the member's involvement record, classified as a submission classifies it", () => {
    const checklists = responses.filter((row) => row.instrument_id === "involvement-checklist" && row.submitted_at);
    expect(checklists.length).toBeGreaterThanOrEqual(30);
    const records = new Map(rows.involvementRecords.map((record) => [recordKey(record), record]));
    expect(records.size).toBe(rows.involvementRecords.length);
    for (const response of checklists) {
      const respondent = respondents.find((row) => row.id === response.respondent_id);
      const round = rounds.find((row) => row.id === response.round_id);
      const record = records.get(
        recordKey({
          membership_id: respondent?.membership_id ?? "",
          perspective: respondent?.perspective ?? "",
          round: round?.label ?? "",
        }),
      );
      const answers = answersOf(response);
      const indicators = byProjectIndicator((key) => (answers[key] === "yes" ? true : answers[key] === "no" ? false : null));
      expect(record?.answered_on).toBe(response.submitted_at?.slice(0, 10));
      expect(record?.created_by).toBeNull();
      for (const key of PROJECT_INDICATOR_KEYS) expect(record?.[key]).toBe(indicators[key] === null ? null : indicators[key] ? 1 : 0);
      expect(record?.type).toBe(classify(indicators, PARTNERSHIP_STUDY_RUBRIC).type);
    }
    // Hamilton East is also measured at midterm, drawn as before: baseline, midterm and final side by side.
    const hamiltonMembers = new Set(rows.memberships.filter((row) => row.partnership_id === HAMILTON).map((row) => row.id));
    const hamiltonRounds = new Set(
      rows.involvementRecords.filter((record) => hamiltonMembers.has(record.membership_id)).map((record) => record.round),
    );
    expect(hamiltonRounds).toEqual(new Set(["baseline", "midterm", "final"]));
  });

  it("puts two accepted steps for Hamilton East's accountability concern into the plan, linked back, and keeps one dismissed", () => {
    const final = roundOf(HAMILTON, "health-check", "final");
    const score = scoreOf(instrumentOf("health-check"), "accountability", submittedIn(final.id).map(answersOf));
    expect(score.band).toBe("concern");
    expect(actionSteps.map((step) => [step.round_id, step.score_key, step.status]).sort()).toEqual([
      [final.id, "accountability", "accepted"],
      [final.id, "accountability", "accepted"],
      [final.id, "accountability", "dismissed"],
    ]);
    for (const step of actionSteps) {
      expect(BUILT_IN_SUGGESTIONS.find((suggestion) => suggestion.key === step.suggestion_key)?.text.en).toBe(step.text);
      if (step.status === "dismissed") {
        expect(step.activity_id).toBeNull();
        continue;
      }
      const activity = activities.find((row) => row.id === step.activity_id);
      expect([activity?.title, activity?.survey_round_id, activity?.survey_score_key, activity?.partnership_id]).toEqual([
        step.text,
        final.id,
        "accountability",
        HAMILTON,
      ]);
      expect(rows.running.objectives.find((objective) => objective.id === activity?.objective_id)?.partnership_id).toBe(HAMILTON);
      expect(activity?.owner_organization_id).toBeTruthy();
      expect((activity?.due_on ?? "") > todayText).toBe(true);
    }
  });
});
