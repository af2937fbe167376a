// Reports as ECharts options. Pure functions of the report and of the labels and number formats to
// show, with no React and no DOM, so the same builders can draw a chart in the browser or on a server.
import type { BarSeriesOption } from "echarts/charts";
import type { Perspective } from "../../../contracts/involvement.js";
import type { InvolvementReport, TypologyReport } from "../../../contracts/reports.js";
import { CONTINUUM_TYPES, type ContinuumType } from "../../../domain/reports/typology-report.js";
import type { ProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import type { ChartOption } from "../chart.js";
import { PERSPECTIVE_COLORS, TYPE_COLORS } from "../involvement/labels.js";

export type ReportChartOption = ChartOption;

export type TypologyGroup = TypologyReport["total"];
export type InvolvementRow = InvolvementReport["indicators"][number];

/** Number formats of the language shown. */
export type NumberFormats = { number: (value: number) => string; percent: (value: number) => string };

const TEXT_COLOR = "#1a1b1e";
const AXIS_COLOR = "#495057";
// The app's font stack, spelled out: ECharts measures labels with it, and "inherit" would measure wrong.
const FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
/**
 * How the chart is laid out. `compact` suits a phone: narrower axis labels, and percentages only on
 * segments wide enough to hold them. `legend: false` when the page draws its own legend beside the chart.
 */
export type ChartLayout = { compact?: boolean; legend?: boolean };

/** Below this share a segment is too narrow to carry its percentage; the tooltip and the table still give it. */
function segmentLabelMinPercent({ compact = false }: ChartLayout): number {
  return compact ? 22 : 6;
}

/**
 * A label broken onto lines of at most `width` characters, at spaces and after hyphens, never inside a
 * word (a word longer than a line gets a line of its own), so that "Shared decision-making" becomes
 * "Shared decision-" / "making" rather than losing its end or breaking mid-word.
 */
export function wrapLabel(text: string, width: number): string {
  const pieces = text.split(/(?<=-)|\s+/).filter((piece) => piece !== "");
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    const joined = line === "" ? piece : line.endsWith("-") ? `${line}${piece}` : `${line} ${piece}`;
    if (line !== "" && joined.length > width) {
      lines.push(line);
      line = piece;
    } else line = joined;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** Characters per line of a category label: fewer on a phone, where the bars need the width. */
function labelWidth({ compact = false }: ChartLayout, wide: number): number {
  return compact ? 14 : wide;
}

/** The room each row of a chart needs for its longest label, in lines of 14 px, and never less than `base`. */
export function chartRowHeight(option: ReportChartOption, base = ROW_HEIGHT): number {
  const axis = option.yAxis;
  const labels = axis && !Array.isArray(axis) && "data" in axis && Array.isArray(axis.data) ? axis.data : [];
  const lines = Math.max(1, ...labels.map((label) => (typeof label === "string" ? label.split("\n").length : 1)));
  return Math.max(base, lines * 14 + 12);
}

/** Fewer gridlines on a phone, where five percentages would run into each other. */
function percentAxis(layout: ChartLayout, formats: NumberFormats): ReportChartOption["xAxis"] {
  return {
    type: "value",
    min: 0,
    max: 100,
    interval: layout.compact ? 50 : 25,
    axisLabel: { color: AXIS_COLOR, formatter: (value: number) => formats.percent(value) },
  };
}

function legendOf(labels: string[], { legend = true }: ChartLayout): Pick<ReportChartOption, "legend"> & { gridTop: number } {
  if (!legend) return { gridTop: 8 };
  return { legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 14, textStyle: baseTextStyle, data: labels }, gridTop: 40 };
}
const ROW_HEIGHT = 34;
const baseTextStyle = { fontFamily: FONT, color: TEXT_COLOR };

type FrameInput = {
  legendLabels: string[];
  layout: ChartLayout;
  formats: NumberFormats;
  gridRight: number;
  tooltipOf: (index: number) => string;
  categories: string[];
  categoryLabel: NonNullable<Extract<ReportChartOption["yAxis"], { type?: "category" }>>["axisLabel"];
  series: BarSeriesOption[];
};

/** What both report charts share: horizontal bars over a 0–100 % axis, one category a row, a tooltip per row. */
function horizontalBarsOption({
  legendLabels,
  layout,
  formats,
  gridRight,
  tooltipOf,
  categories,
  categoryLabel,
  series,
}: FrameInput): ReportChartOption {
  const { gridTop, legend } = legendOf(legendLabels, layout);
  return {
    aria: { enabled: true },
    textStyle: baseTextStyle,
    animation: false,
    ...(legend && { legend }),
    grid: { top: gridTop, left: 8, right: gridRight, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      confine: true,
      formatter: (params) => tooltipOf((Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1),
    },
    xAxis: percentAxis(layout, formats),
    yAxis: {
      type: "category",
      inverse: true,
      data: categories,
      axisLabel: categoryLabel,
      axisTick: { show: false },
      axisLine: { show: false },
    },
    series,
  };
}

// Tooltips are HTML; group names are typed by users.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The groups a chart has room for: all of them when they fit, otherwise the `limit` largest by number
 * of records (ties in report order), kept in the report's order so the chart reads like the table.
 */
export function largestGroups<Group extends { total: number }>(groups: readonly Group[], limit: number): Group[] {
  if (groups.length <= limit) return [...groups];
  const chosen = new Set(
    groups
      .map((group, index) => ({ group, index }))
      .sort((a, b) => b.group.total - a.group.total || a.index - b.index)
      .slice(0, limit)
      .map(({ group }) => group),
  );
  return groups.filter((group) => chosen.has(group));
}

/** A height that gives each bar (or pair of bars) the same room, plus the axis and the legend. */
export function chartHeight(rows: number, rowHeight = ROW_HEIGHT): number {
  return Math.max(200, rows * rowHeight + 110);
}

/** "None 10.0%, Consultation 20.0%, …": a group's shares in continuum order, for text equivalents. */
export function typeSharesText(group: TypologyGroup, typeLabels: Record<ContinuumType, string>, formats: NumberFormats): string {
  return CONTINUUM_TYPES.map((type) => `${typeLabels[type]} ${formats.percent(group.percent[type])}`).join(", ");
}

export type TypologyChartInput = {
  /** The groups to draw, in order from top to bottom; the total is drawn after them. */
  groups: readonly TypologyGroup[];
  total: TypologyGroup;
  groupLabel: (group: TypologyGroup) => string;
  totalLabel: string;
  typeLabels: Record<ContinuumType, string>;
  formats: NumberFormats;
  layout?: ChartLayout;
};

/** A 100 % stacked horizontal bar per group and for the total: the five types from "none" to "collaboration". */
export function typologyChartOption({
  groups,
  total,
  groupLabel,
  totalLabel,
  typeLabels,
  formats,
  layout = {},
}: TypologyChartInput): ReportChartOption {
  const rows = [...groups.map((group) => ({ label: groupLabel(group), group })), { label: totalLabel, group: total }];
  const width = labelWidth(layout, 24);
  const tooltipOf = (index: number): string => {
    const row = rows[index];
    if (!row) return "";
    const lines = CONTINUUM_TYPES.map(
      (type) =>
        `<span style="display:inline-block;width:10px;height:10px;margin-right:6px;background:${TYPE_COLORS[type].fill};border:1px solid ${AXIS_COLOR}"></span>` +
        `${escapeHtml(typeLabels[type])}: ${escapeHtml(formats.number(row.group.counts[type]))} (${escapeHtml(formats.percent(row.group.percent[type]))})`,
    );
    return [`<strong>${escapeHtml(row.label)}</strong> (${escapeHtml(formats.number(row.group.total))})`, ...lines].join("<br>");
  };
  const minLabelled = segmentLabelMinPercent(layout);
  return horizontalBarsOption({
    legendLabels: CONTINUUM_TYPES.map((type) => typeLabels[type]),
    layout,
    formats,
    gridRight: 24,
    tooltipOf,
    // Names wrap onto as many lines as they need: a partnership's name is never cut.
    categories: rows.map((row) => wrapLabel(row.label, width)),
    categoryLabel: { color: TEXT_COLOR, overflow: "none", fontWeight: 500, lineHeight: 14 },
    series: CONTINUUM_TYPES.map((type): BarSeriesOption => ({
      type: "bar",
      id: type,
      name: typeLabels[type],
      stack: "share",
      barMaxWidth: 26,
      itemStyle: { color: TYPE_COLORS[type].fill, borderColor: "#ffffff", borderWidth: 1 },
      label: {
        show: true,
        color: TYPE_COLORS[type].text,
        fontSize: 11,
        formatter: ({ value }) => (typeof value === "number" && value >= minLabelled ? formats.percent(value) : ""),
      },
      labelLayout: { hideOverlap: true },
      emphasis: { focus: "series" },
      data: rows.map((row) => row.group.percent[type]),
    })),
  });
}

export type InvolvementChartInput = {
  indicators: readonly InvolvementRow[];
  /** Short enough for an axis; the tooltip gives the full statement. */
  shortLabel: (indicator: ProjectIndicatorKey) => string;
  fullLabel: (indicator: ProjectIndicatorKey) => string;
  perspectiveLabels: Record<Perspective, string>;
  /** What an indicator nobody answered reads as. */
  noAnswers: string;
  formats: NumberFormats;
  layout?: ChartLayout;
};

const PERSPECTIVES_DRAWN = ["lead", "partner"] as const;

/** Lead and partner side by side per indicator: the share of yes among those who answered. */
export function involvementChartOption({
  indicators,
  shortLabel,
  fullLabel,
  perspectiveLabels,
  noAnswers,
  formats,
  layout = {},
}: InvolvementChartInput): ReportChartOption {
  const shareText = (share: InvolvementRow["lead"]): string =>
    share.percent === null
      ? noAnswers
      : `${formats.percent(share.percent)} (${formats.number(share.yes)}/${formats.number(share.answered)})`;
  const tooltipOf = (index: number): string => {
    const row = indicators[index];
    if (!row) return "";
    return [
      `<strong>${escapeHtml(fullLabel(row.indicator))}</strong>`,
      ...PERSPECTIVES_DRAWN.map(
        (perspective) => `${escapeHtml(perspectiveLabels[perspective])}: ${escapeHtml(shareText(row[perspective]))}`,
      ),
    ].join("<br>");
  };
  return horizontalBarsOption({
    legendLabels: PERSPECTIVES_DRAWN.map((perspective) => perspectiveLabels[perspective]),
    layout,
    formats,
    gridRight: 48,
    tooltipOf,
    categories: indicators.map((row) => wrapLabel(shortLabel(row.indicator), labelWidth(layout, 28))),
    // Indicator phrases wrap between words rather than lose their end.
    categoryLabel: { color: TEXT_COLOR, overflow: "none", lineHeight: 14 },
    series: PERSPECTIVES_DRAWN.map((perspective): BarSeriesOption => ({
      type: "bar",
      id: perspective,
      name: perspectiveLabels[perspective],
      barMaxWidth: 14,
      barGap: "15%",
      itemStyle: { color: PERSPECTIVE_COLORS[perspective] },
      label: {
        show: true,
        position: "right",
        color: TEXT_COLOR,
        fontSize: 11,
        formatter: ({ value }) => (typeof value === "number" ? formats.percent(value) : ""),
      },
      data: indicators.map((row) => row[perspective].percent),
    })),
  });
}
