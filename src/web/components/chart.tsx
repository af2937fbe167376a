import { Box } from "@mantine/core";
import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption, EChartsType } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { BarSeriesOption } from "echarts/charts";
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { useEffect, useRef } from "react";

// Only what the app draws is bundled. SVG rather than canvas: crisp at any zoom, printable, and the
// same output a server can render from the same options.
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption
>;

type Props = {
  option: ChartOption;
  /** What the chart shows, in one or two sentences; a table beside it carries the figures. */
  label: string;
  height: number;
};

/** An ECharts chart as an image with a spoken summary; it follows its container's width. */
export function Chart({ option, label, height }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: "svg" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: series dropped from one report to the next must not linger.
    chart.current?.setOption({ ...option, aria: { ...option.aria, enabled: true, label: { description: label } } }, { notMerge: true });
  }, [option, label]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <Box ref={container} role="img" aria-label={label} h={height} w="100%" />;
}
