// How many partnerships fall in each band, one stacked bar per score. Loaded on demand.
import { useMemo } from "react";
import { useFormat } from "../../i18n/format.js";
import { Chart, type ChartOption } from "../chart.js";

type Props = {
  scores: string[];
  /** Per band, in the order of the bands (best first), its words, its colour and its count per score. */
  series: { name: string; color: string; counts: number[] }[];
  label: string;
};

export default function BandCountsChart({ scores, series, label }: Props) {
  const format = useFormat();
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
      legend: { bottom: 0 },
      tooltip: { trigger: "item" },
      xAxis: { type: "value", minInterval: 1, axisLabel: { formatter: (value: number) => format.number(value) } },
      yAxis: { type: "category", data: scores, inverse: true, axisTick: { show: false } },
      series: series.map((entry) => ({
        name: entry.name,
        type: "bar",
        stack: "bands",
        color: entry.color,
        data: entry.counts,
        barMaxWidth: 24,
      })),
    }),
    [scores, series, format],
  );
  return <Chart option={option} label={label} height={64 + scores.length * 32} />;
}
