// The spread of a score's answers as a diverging bar: disagreement left of the centre line, agreement
// right of it, "neither" straddling it; one bar per view (all, lead, partners). Loaded on demand, so
// the charting library stays out of the pages that draw none.
import { useMemo } from "react";
import type { Spread } from "../../../contracts/surveys.js";
import { useFormat } from "../../i18n/format.js";
import { Chart, type ChartOption } from "../chart.js";

export type SpreadRow = { name: string; spread: Spread };

type Props = {
  rows: SpreadRow[];
  /** The scale's words, 1 to 5. */
  scale: Record<"1" | "2" | "3" | "4" | "5", string>;
  label: string;
};

// A diverging palette, dark enough at the ends to stand apart from the page; the words are in the legend and the table.
const COLORS = { "1": "#c92a2a", "2": "#ff8787", "3": "#adb5bd", "4": "#74c0fc", "5": "#1864ab" };

function shares(spread: Spread) {
  const counted = spread["1"] + spread["2"] + spread["3"] + spread["4"] + spread["5"];
  const share = (value: number) => (counted === 0 ? 0 : (100 * value) / counted);
  return { "1": share(spread["1"]), "2": share(spread["2"]), "3": share(spread["3"]), "4": share(spread["4"]), "5": share(spread["5"]) };
}

export default function SpreadChart({ rows, scale, label }: Props) {
  const format = useFormat();
  const option = useMemo<ChartOption>(() => {
    const data = rows.map((row) => shares(row.spread));
    const percent = (value: number) =>
      `${format.number(Math.round(Math.abs(value)))} %`.replace(" %", format.language === "fr" ? "\u202f%" : "%");
    const bar = (key: "1" | "2" | "3" | "4" | "5", values: number[], id: string) => ({
      id,
      name: scale[key],
      type: "bar" as const,
      stack: "spread",
      barMaxWidth: 28,
      color: COLORS[key],
      data: values,
      emphasis: { focus: "series" as const },
    });
    return {
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      legend: { bottom: 0, data: (["1", "2", "3", "4", "5"] as const).map((key) => scale[key]), itemWidth: 12, itemHeight: 12 },
      tooltip: { trigger: "item", valueFormatter: (value) => (typeof value === "number" ? percent(value) : String(value)) },
      xAxis: { type: "value", min: -100, max: 100, axisLabel: { formatter: (value: number) => percent(value) } },
      yAxis: { type: "category", data: rows.map((row) => row.name), inverse: true, axisTick: { show: false } },
      // Negative values stack leftwards from the centre, in this order: half of "neither", then 2, then 1.
      series: [
        bar(
          "3",
          data.map((entry) => -entry["3"] / 2),
          "neutral-left",
        ),
        bar(
          "2",
          data.map((entry) => -entry["2"]),
          "disagree",
        ),
        bar(
          "1",
          data.map((entry) => -entry["1"]),
          "strongly-disagree",
        ),
        bar(
          "3",
          data.map((entry) => entry["3"] / 2),
          "neutral-right",
        ),
        bar(
          "4",
          data.map((entry) => entry["4"]),
          "agree",
        ),
        bar(
          "5",
          data.map((entry) => entry["5"]),
          "strongly-agree",
        ),
      ],
    };
  }, [rows, scale, format]);
  return <Chart option={option} label={label} height={56 + rows.length * 40} />;
}
