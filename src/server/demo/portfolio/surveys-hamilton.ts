// Hamilton East's surveys: a baseline of every built-in instrument eleven months ago and a final round
// that closed three weeks ago. The coalition grew into its vision and goals, but fewer members come to
// the table and missed commitments still go unmentioned: accountability is a concern, and the
// coordinator put two of the steps it proposes into the plan.
import type { DemoSurveys } from "./surveys-types.js";

const BASELINE = { label: "baseline", opensDays: -330, closesDays: -309 } as const;
const FINAL = { label: "final", opensDays: -50, closesDays: -22 } as const;

export const HAMILTON_SURVEYS: DemoSurveys = {
  partnership: "hamilton-east",
  language: "en",
  rounds: [
    { instrument: "involvement-checklist", ...BASELINE, turnout: { unsubmitted: 2, started: 1 } },
    { instrument: "involvement-checklist", ...FINAL, turnout: { unsubmitted: 1, started: 1 } },
    {
      instrument: "health-check",
      ...BASELINE,
      turnout: { unsubmitted: 1, started: 1 },
      means: {
        shared_vision: 3.6,
        common_goals: 3.9,
        cooperation: 3.4,
        accountability: 2.6,
        communication: 3.4,
        commitment: 4.5,
        conflict_resolution: 2.8,
        leadership: 4.6,
        desire_to_work_together: 4.7,
        flexibility: 3.2,
        shared_decision_making: 3.0,
      },
    },
    {
      instrument: "health-check",
      ...FINAL,
      turnout: { unsubmitted: 2, started: 1 },
      means: {
        shared_vision: 4.5,
        common_goals: 4.6,
        cooperation: 3.9,
        accountability: 2.4,
        communication: 3.9,
        commitment: 3.5,
        conflict_resolution: 3.3,
        leadership: 4.7,
        desire_to_work_together: 4.8,
        flexibility: 3.7,
        shared_decision_making: 3.6,
      },
    },
    {
      instrument: "capacity-self-assessment",
      ...BASELINE,
      turnout: { unsubmitted: 2, started: 1 },
      means: { governance: 3.2, partnerships: 4.0, data_analysis: 2.5 },
    },
    {
      instrument: "capacity-self-assessment",
      ...FINAL,
      turnout: { unsubmitted: 1, started: 0 },
      means: { governance: 3.9, partnerships: 4.5, data_analysis: 3.2 },
    },
    { instrument: "partnership-experience", ...BASELINE, turnout: { unsubmitted: 1, started: 0 } },
    {
      instrument: "partnership-experience",
      ...FINAL,
      turnout: { unsubmitted: 1, started: 1 },
      comments: [
        "The safety map changed how our staff plan the summer programs.",
        "Meetings run long; a shorter agenda would help partners who come from across the city.",
        "We would like the hospital's referral numbers shared at every table, not only in the annual report.",
      ],
    },
  ],
  actionSteps: [
    {
      label: "final",
      instrument: "health-check",
      suggestion: "health-check.accountability.2",
      decidedDaysAgo: 16,
      decision: { accept: true, goal: 0, objective: 0, owner: "on-hamilton-nao", contact: 0, dueDays: 21 },
    },
    {
      label: "final",
      instrument: "health-check",
      suggestion: "health-check.accountability.4",
      decidedDaysAgo: 16,
      decision: { accept: true, goal: 0, objective: 0, owner: "on-hamilton-nao", contact: 0, dueDays: 75 },
    },
    // Every task in the coalition's plan already has an owner and a date.
    {
      label: "final",
      instrument: "health-check",
      suggestion: "health-check.accountability.1",
      decidedDaysAgo: 16,
      decision: { accept: false },
    },
  ],
};
