import { describe, expect, it } from "vitest";
import { FULL_TABLE, member, withStages } from "../../../test/support/coverage-members.js";
import { answerFor, CHECKLIST_PROMPTS } from "./checklist.js";
import { computeCoverage } from "./coverage.js";
import { DEFAULT_COMPOSITION } from "./default-composition.js";

const TODAY = "2026-05-01";
const itemOf = (coverage: ReturnType<typeof computeCoverage>, question: string) => {
  const item = coverage.checklist.find((entry) => entry.question === question);
  if (!item) throw new Error(`no ${question} item`);
  return item;
};

describe("answers", () => {
  it("is yes when every required item is met, no when none is, partly otherwise", () => {
    expect(answerFor(3, 3)).toBe("yes");
    expect(answerFor(0, 0)).toBe("yes");
    expect(answerFor(0, 3)).toBe("no");
    expect(answerFor(1, 3)).toBe("partly");
  });
});

describe("the partner-selection checklist", () => {
  it("asks the three questions in order, in English and French", () => {
    const coverage = computeCoverage([], DEFAULT_COMPOSITION, { priorityGroups: ["youth"], focusIssues: [] }, TODAY);
    expect(coverage.checklist.map((item) => item.question)).toEqual(["most_affected", "stake", "skills"]);
    expect(coverage.checklist.map((item) => item.prompt)).toEqual([CHECKLIST_PROMPTS.most_affected, CHECKLIST_PROMPTS.stake, CHECKLIST_PROMPTS.skills]);
    expect(coverage.checklist.map((item) => item.answer)).toEqual(["no", "no", "no"]);
  });

  it("says which affected group has no voice, and where to look", () => {
    const focus = { priorityGroups: ["youth", "indigenous_people"] as const, focusIssues: ["youth_violence"] as const };
    const item = itemOf(computeCoverage([withStages("indigenous_organizations", [])], DEFAULT_COMPOSITION, focus, TODAY), "most_affected");
    expect(item.answer).toBe("partly");
    expect(item.summary).toEqual({
      en: "Affected groups with a voice at the table: 1 of 2.",
      fr: "Groupes touchés qui ont une voix à la table\u00a0: 1 sur 2.",
    });
    expect(item.gaps).toEqual([
      {
        required: true,
        text: {
          en: "The partnership serves youth and works on youth violence, yet no member speaks for those most affected; look for a youth organization.",
          fr: "Le partenariat dessert les jeunes et agit sur la violence chez les jeunes, mais aucun membre ne parle au nom des personnes les plus touchées\u202f; cherchez un organisme jeunesse.",
        },
      },
    ]);
  });

  it("lists the missing seats under stake, required ones first, with the sectors to look for", () => {
    const members = FULL_TABLE.filter((sector) => sector !== "courts" && sector !== "faith").map((sector) => member(sector));
    const item = itemOf(computeCoverage(members, DEFAULT_COMPOSITION, { priorityGroups: [], focusIssues: [] }, TODAY), "stake");
    expect(item.answer).toBe("partly");
    expect(item.summary.en).toBe("Required seats filled: 7 of 9.");
    expect(item.gaps.map((gap) => [gap.required, gap.text.en])).toEqual([
      [true, 'No member fills the seat "Courts, corrections or probation"; look for a court or a corrections or probation service.'],
      [true, 'No member fills the seat "Faith communities"; look for a faith community.'],
      [false, 'No member fills the seat "An invited critic": once someone expected to challenge the plans has joined, flag their membership as an invited critic.'],
    ]);
    expect(item.gaps[1]?.text.fr).toBe("Aucun membre n'occupe le siège «\u00a0Communautés de foi\u00a0»\u202f; cherchez une communauté de foi.");
  });

  it("answers yes to stake when only optional seats are missing", () => {
    const item = itemOf(computeCoverage(FULL_TABLE.map((sector) => member(sector)), DEFAULT_COMPOSITION, { priorityGroups: [], focusIssues: [] }, TODAY), "stake");
    expect(item.answer).toBe("yes");
    expect(item.gaps.map((gap) => gap.required)).toEqual([false]);
  });

  it("names each stage of the axis nobody covers under skills", () => {
    const item = itemOf(computeCoverage([member("police"), member("schools")], DEFAULT_COMPOSITION, { priorityGroups: [], focusIssues: [] }, TODAY), "skills");
    expect(item.answer).toBe("partly");
    expect(item.summary.en).toBe("Stages of the prevention-to-re-entry axis covered: 3 of 4.");
    expect(item.gaps).toEqual([
      {
        required: true,
        text: {
          en: "No member covers re-entry: look for a corrections or probation service, a social service agency or a faith community, or record the stages a current member covers.",
          fr: "Aucun membre ne couvre la réinsertion sociale\u00a0: cherchez un service correctionnel ou de probation, un organisme de services sociaux ou une communauté de foi, ou indiquez les étapes que couvre un membre actuel.",
        },
      },
    ]);
  });

  it("explains an assumed community at large", () => {
    const item = itemOf(computeCoverage([], DEFAULT_COMPOSITION, { priorityGroups: [], focusIssues: [] }, TODAY), "most_affected");
    expect(item.gaps[0]?.text.en).toBe(
      "The partnership names no priority group or issue, so the community at large is assumed, and no member speaks for it; look for a residents' or community group.",
    );
  });

  it("answers yes to all three for a complete table", () => {
    const members = [...FULL_TABLE.map((sector) => member(sector)), member("youth_organizations", { isCritic: true })];
    const coverage = computeCoverage(members, DEFAULT_COMPOSITION, { priorityGroups: ["youth"], focusIssues: [] }, TODAY);
    expect(coverage.checklist.map((item) => [item.answer, item.gaps.length])).toEqual([
      ["yes", 0],
      ["yes", 0],
      ["yes", 0],
    ]);
  });
});
