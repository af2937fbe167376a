import { Box } from "@mantine/core";
import { LineChart, type LineSeriesOption } from "echarts/charts";
import { AriaComponent, GridComponent, TooltipComponent } from "echarts/components";
import type { AriaComponentOption, GridComponentOption, TooltipComponentOption } from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Loaded on its own (see member-record.tsx), so the charting library is fetched only with this view.
echarts.use([LineChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

type Option = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption>;

type Props = {
  /** One label per month, oldest first. */
  months: string[];
  /** The kept rate each month, in percent; null where nothing had come due. */
  values: Array<number | null>;
  /** What the chart shows, in words; the figures beside it carry the numbers. */
  label: string;
  color: string;
};

/** A small line of the kept rate over twelve months, 0 to 100 %, as an image with a spoken summary. */
export default function TrendChart({ months, values, label, color }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: "svg" });
    const option: Option = {
      aria: { enabled: true, label: { description: label } },
      grid: { left: 36, right: 8, top: 8, bottom: 24 },
      tooltip: { trigger: "axis", valueFormatter: (value) => (typeof value === "number" ? `${value}%` : "—") },
      xAxis: { type: "category", data: months, axisLabel: { interval: 2, fontSize: 10 } },
      yAxis: { type: "value", min: 0, max: 100, interval: 50, axisLabel: { formatter: "{value}%", fontSize: 10 } },
      series: [{ type: "line", data: values, connectNulls: false, symbolSize: 5, lineStyle: { color }, itemStyle: { color } }],
    };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [months, values, label, color]);
  return <Box ref={container} role="img" aria-label={label} h={120} w="100%" />;
}
