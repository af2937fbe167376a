// The figures as the API shows them: per axis stage, pledged and delivered (open is the view's).
import type { AccountabilityFigures } from "../../../contracts/accountability.js";
import { AXIS_STAGES } from "../../../domain/coverage/axis.js";
import { uncoveredStages, type Figures } from "../../../domain/accountability/figures.js";
import type { TrendPoint } from "../../../domain/accountability/trend.js";

export function presentFigures(figures: Figures): AccountabilityFigures {
  const { axis, ...counts } = figures;
  const stage = (name: keyof Figures["axis"]) => ({ pledged: axis[name].pledged, delivered: axis[name].delivered });
  return {
    ...counts,
    axis: {
      prevention: stage("prevention"),
      intervention: stage("intervention"),
      enforcement: stage("enforcement"),
      reentry: stage("reentry"),
    },
  };
}

export function presentTrend(points: TrendPoint[]) {
  return points.map((point) => ({ month: point.month, asOf: point.asOf, figures: presentFigures(point.figures) }));
}

/** The axis of one partnership: each stage's counts, whether anything is open or delivered there, and the stages where nothing is. */
export function presentAxis(figures: Figures) {
  const uncovered = uncoveredStages(figures);
  return {
    stages: AXIS_STAGES.map((stage) => ({ stage, ...figures.axis[stage], covered: !uncovered.includes(stage) })),
    uncovered,
  };
}
