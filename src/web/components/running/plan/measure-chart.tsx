// A measure's values over time against the straight line from its baseline to its target. Loaded on
// demand (see the plan page), so echarts stays out of the pages that draw no chart.
import { Box } from "@mantine/core";
import { LineChart, type LineSeriesOption } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useMemo, useRef } from "react";
import type { Measure, MeasureValue } from "../../../../contracts/plan.js";
import { useFormat } from "../../../i18n/format.js";

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

type Option = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;

type Props = {
  measure: Measure;
  values: readonly MeasureValue[];
  /** What the chart shows, spoken in place of the picture; the table of values beside it carries the figures. */
  label: string;
  names: { values: string; planned: string };
};

export function MeasureChart({ measure, values, label, names }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const { language, number } = useFormat();
  const option = useMemo<Option>(
    () => ({
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: "axis", valueFormatter: (value) => (typeof value === "number" ? number(value) : String(value)) },
      // Months and numbers in the reader's language (the chart library writes English ones otherwise).
      xAxis: {
        type: "time",
        axisLabel: {
          formatter: (value: number) =>
            new Intl.DateTimeFormat(`${language}-CA`, { month: "short", year: "numeric", timeZone: "UTC" }).format(value),
        },
      },
      yAxis: { type: "value", scale: true, name: measure.unit ?? "", axisLabel: { formatter: (value: number) => number(value) } },
      series: [
        {
          name: names.planned,
          type: "line",
          data: [
            [measure.baselineOn, measure.baselineValue],
            [measure.targetOn, measure.targetValue],
          ],
          lineStyle: { type: "dashed" },
          symbol: "diamond",
          color: "#868e96",
        },
        {
          name: names.values,
          type: "line",
          data: values.map((value) => [value.observedOn, value.value]),
          symbol: "circle",
          symbolSize: 8,
          color: "#1c7ed6",
        },
      ],
      aria: { enabled: true, label: { description: label } },
    }),
    [measure, values, label, names.planned, names.values, language, number],
  );

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: "svg" });
    instance.setOption(option, { notMerge: true });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, [option]);

  return <Box ref={container} role="img" aria-label={label} h={240} w="100%" data-testid="measure-chart" />;
}
