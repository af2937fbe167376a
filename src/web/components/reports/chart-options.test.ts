import { describe, expect, it } from "vitest";
import type { BarSeriesOption } from "echarts/charts";
import type { InvolvementReport } from "../../../contracts/reports.js";
import { typologyGroup } from "../../../domain/reports/typology-report.js";
import { PROJECT_INDICATOR_KEYS } from "../../../domain/typology/indicators.js";
import { PERSPECTIVE_COLORS, TYPE_COLORS } from "../involvement/labels.js";
import {
  chartHeight,
  chartRowHeight,
  escapeHtml,
  involvementChartOption,
  largestGroups,
  typeSharesText,
  typologyChartOption,
  wrapLabel,
  type NumberFormats,
  type ReportChartOption,
} from "./chart-options.js";

const formats: NumberFormats = { number: (value) => String(value), percent: (value) => `${value.toFixed(1)}%` };
const typeLabels = {
  none: "None",
  consultation: "Consultation",
  cooperation: "Cooperation",
  coordination: "Coordination",
  collaboration: "Collaboration",
};

const cmp = typologyGroup("CMP", { none: 1, consultation: 0, cooperation: 1, coordination: 0, collaboration: 2 });
const bap = typologyGroup("BAP", { none: 0, consultation: 3, cooperation: 0, coordination: 1, collaboration: 0 });
const total = typologyGroup("total", { none: 1, consultation: 3, cooperation: 1, coordination: 1, collaboration: 2 });

function barSeries(option: ReportChartOption): BarSeriesOption[] {
  const { series } = option;
  return (Array.isArray(series) ? series : [series]).filter((entry): entry is BarSeriesOption => entry?.type === "bar");
}

function categories(option: ReportChartOption): unknown {
  const axis = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis;
  return axis && "data" in axis ? axis.data : undefined;
}

function tooltipFor(option: ReportChartOption, dataIndex: number): unknown {
  const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip;
  const formatter = tooltip?.formatter;
  if (typeof formatter !== "function") throw new Error("the tooltip has no formatter");
  // Only the data index of the hovered row is read from the parameters.
  return Reflect.apply(formatter, undefined, [[{ dataIndex }]]);
}

describe("the typology chart", () => {
  const option = typologyChartOption({
    groups: [bap, cmp],
    total,
    groupLabel: (group) => `Program ${group.key}`,
    totalLabel: "All",
    typeLabels,
    formats,
  });

  it("stacks the five types in continuum order, each in its own colour", () => {
    const series = barSeries(option);
    expect(series.map((entry) => entry.id)).toEqual(["none", "consultation", "cooperation", "coordination", "collaboration"]);
    expect(series.map((entry) => entry.name)).toEqual(["None", "Consultation", "Cooperation", "Coordination", "Collaboration"]);
    expect(series.every((entry) => entry.stack === "share")).toBe(true);
    expect(series.map((entry) => entry.itemStyle?.color)).toEqual(Object.values(TYPE_COLORS).map((color) => color.fill));
  });

  it("draws one bar per group in the order given, then the total", () => {
    expect(categories(option)).toEqual(["Program BAP", "Program CMP", "All"]);
    const collaboration = barSeries(option).find((entry) => entry.id === "collaboration");
    expect(collaboration?.data).toEqual([0, 50, 25]);
    const consultation = barSeries(option).find((entry) => entry.id === "consultation");
    expect(consultation?.data).toEqual([75, 0, 37.5]);
  });

  it("gives each group's counts and shares in the tooltip, with names escaped", () => {
    const named = typologyChartOption({
      groups: [cmp],
      total,
      groupLabel: () => "<b>Youth & Co</b>",
      totalLabel: "All",
      typeLabels,
      formats,
    });
    const text = String(tooltipFor(named, 0));
    expect(text).toContain("&#60;b&#62;Youth &#38; Co&#60;/b&#62;");
    expect(text).toContain("Collaboration: 2 (50.0%)");
    expect(String(tooltipFor(named, 1))).toContain("<strong>All</strong> (8)");
  });

  it("labels only the segments wide enough for their percentage, fewer in the compact layout", () => {
    const labelOf = (chart: ReportChartOption, value: number): unknown => {
      const formatter = barSeries(chart)[0]?.label?.formatter;
      if (typeof formatter !== "function") throw new Error("the segments have no label formatter");
      return Reflect.apply(formatter, undefined, [{ value }]);
    };
    const compact = typologyChartOption({
      groups: [cmp],
      total,
      groupLabel: (group) => group.label,
      totalLabel: "All",
      typeLabels,
      formats,
      layout: { compact: true },
    });
    expect(labelOf(option, 12.5)).toBe("12.5%");
    expect(labelOf(option, 5)).toBe("");
    expect(labelOf(compact, 12.5)).toBe("");
    expect(labelOf(compact, 25)).toBe("25.0%");
  });

  it("leaves the legend to the page when asked", () => {
    expect(option.legend).toBeDefined();
    const withoutLegend = typologyChartOption({
      groups: [cmp],
      total,
      groupLabel: (group) => group.label,
      totalLabel: "All",
      typeLabels,
      formats,
      layout: { legend: false },
    });
    expect(withoutLegend.legend).toBeUndefined();
  });

  it("reads the shares out in continuum order", () => {
    expect(typeSharesText(total, typeLabels, formats)).toBe(
      "None 12.5%, Consultation 37.5%, Cooperation 12.5%, Coordination 12.5%, Collaboration 25.0%",
    );
  });
});

describe("the groups a chart shows", () => {
  const groups = [
    { key: "a", total: 3 },
    { key: "b", total: 9 },
    { key: "c", total: 1 },
    { key: "d", total: 9 },
    { key: "e", total: 5 },
  ];

  it("keeps every group when they fit", () => {
    expect(largestGroups(groups, 5)).toEqual(groups);
  });

  it("keeps the largest groups, in the report's order", () => {
    expect(largestGroups(groups, 3).map((group) => group.key)).toEqual(["b", "d", "e"]);
  });

  it("grows with the number of bars", () => {
    expect(chartHeight(21)).toBeGreaterThan(chartHeight(5));
    expect(chartHeight(0)).toBe(200);
  });
});

describe("the involvement chart", () => {
  const indicators: InvolvementReport["indicators"] = PROJECT_INDICATOR_KEYS.map((indicator, index) => ({
    indicator,
    lead: { yes: index, answered: 13, percent: index === 0 ? 73.6 : 10 },
    partner: index === 1 ? { yes: 0, answered: 0, percent: null } : { yes: 1, answered: 13, percent: index === 0 ? 56.1 : 20 },
    gap: index === 0 ? 17.5 : index === 1 ? null : -10,
  }));
  const option = involvementChartOption({
    indicators,
    shortLabel: (indicator) => `short ${indicator}`,
    fullLabel: (indicator) => `full ${indicator}`,
    perspectiveLabels: { lead: "Lead", partner: "Partner" },
    noAnswers: "No answers",
    formats,
  });

  it("puts the lead's bar beside the partner's for each indicator, in the study's order", () => {
    const series = barSeries(option);
    expect(series.map((entry) => entry.name)).toEqual(["Lead", "Partner"]);
    expect(series.map((entry) => entry.itemStyle?.color)).toEqual([PERSPECTIVE_COLORS.lead, PERSPECTIVE_COLORS.partner]);
    expect(series.some((entry) => entry.stack !== undefined)).toBe(false);
    expect(categories(option)).toEqual(PROJECT_INDICATOR_KEYS.map((key) => wrapLabel(`short ${key}`, 28)));
    expect(series[0]?.data?.slice(0, 2)).toEqual([73.6, 10]);
    expect(series[1]?.data?.slice(0, 2)).toEqual([56.1, null]);
  });

  it("names the full indicator and both shares with their counts in the tooltip", () => {
    expect(tooltipFor(option, 0)).toBe("<strong>full proposal_copy</strong><br>Lead: 73.6% (0/13)<br>Partner: 56.1% (1/13)");
    expect(tooltipFor(option, 1)).toBe("<strong>full support_letter</strong><br>Lead: 10.0% (1/13)<br>Partner: No answers");
  });
});

describe("HTML escaping", () => {
  it("escapes markup and quotes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});

describe("chart labels", () => {
  it("wrap between words and after hyphens, never inside a word", () => {
    expect(wrapLabel("Shared decision-making", 14)).toBe("Shared\ndecision-\nmaking");
    expect(wrapLabel("Hamilton East Youth Safety Coalition", 24)).toBe("Hamilton East Youth\nSafety Coalition");
    expect(wrapLabel("Short", 24)).toBe("Short");
    expect(wrapLabel("Extraordinarilylongword here", 10)).toBe("Extraordinarilylongword\nhere");
  });

  it("give every row the room its longest label needs", () => {
    const wrapped = typologyChartOption({
      groups: [{ ...cmp, label: "Hamilton East Youth Safety Coalition of the Escarpment" }],
      total,
      groupLabel: (group) => group.label,
      totalLabel: "All",
      typeLabels,
      formats,
      layout: { compact: true },
    });
    expect(categories(wrapped)).toEqual(["Hamilton East\nYouth Safety\nCoalition of\nthe Escarpment", "All"]);
    expect(chartRowHeight(wrapped)).toBe(4 * 14 + 12);
    const oneLine = typologyChartOption({ groups: [cmp], total, groupLabel: () => "CMP", totalLabel: "All", typeLabels, formats });
    expect(chartRowHeight(oneLine)).toBe(34);
  });

  it("keep adjacent continuum types in distinct colours", () => {
    const fills = Object.values(TYPE_COLORS).map((color) => color.fill);
    expect(new Set(fills).size).toBe(fills.length);
  });
});
