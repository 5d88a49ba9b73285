/**
 * The organizer app's charts (issue 9 §7, issue 8 §4): ECharts with only what the app draws — bar,
 * line and pie, their grid, tooltip, legend and dataset — and the SVG renderer (sharp text at any
 * zoom, and the same output the server can render for a PDF later). A shared module of the import
 * map (`@kepu/charts`), fetched by a dynamic `import()` on the pages that draw a chart, so the
 * public app and the organizer's other pages never load it, and the page loads it once.
 */
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type { EChartsOption } from "echarts";
export type { ECharts } from "echarts/core";

/** Draws into an element with the SVG renderer; the caller disposes it on unmount. */
export function initChart(element: HTMLElement, locale: "ZH" | "EN"): echarts.ECharts {
  return echarts.init(element, undefined, { renderer: "svg", locale });
}
