import type { EChartsOption } from "@kepu/charts";
import { useLocale } from "@kepu/ui";
import { Alert, Skeleton } from "antd";
import { useEffect, useRef, useState } from "react";

type ChartsModule = typeof import("@kepu/charts");
let charts: Promise<ChartsModule> | null = null;

/** `@kepu/charts` (ECharts, bar/line/pie) from the import map: fetched on the first chart, then reused. */
function loadCharts(): Promise<ChartsModule> {
  charts ??= import("@kepu/charts").catch((failure: unknown) => {
    charts = null;
    throw failure;
  });
  return charts;
}

/**
 * One ECharts chart (SVG) sized to its box and redrawn when `option` changes. `label` names it for
 * screen readers; `summary` is the same figures as text (a table or a sentence) for those who cannot
 * see the chart, and what tests read.
 */
export function Chart({
  option,
  label,
  height = 280,
  testId,
}: {
  option: EChartsOption;
  label: string;
  height?: number;
  testId?: string;
}) {
  const { locale } = useLocale();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<import("@kepu/charts").ECharts | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let resize: ResizeObserver | null = null;
    loadCharts().then(
      ({ initChart }) => {
        if (cancelled || !box.current) return;
        chart.current = initChart(box.current, locale === "en" ? "EN" : "ZH");
        resize = new ResizeObserver(() => chart.current?.resize());
        resize.observe(box.current);
        setReady(true);
      },
      (failure: unknown) => setFailed(String(failure)),
    );
    return () => {
      cancelled = true;
      resize?.disconnect();
      chart.current?.dispose();
      chart.current = null;
      setReady(false);
    };
  }, [locale]);

  useEffect(() => {
    if (ready) chart.current?.setOption(option, { notMerge: true });
  }, [ready, option]);

  if (failed) return <Alert type="error" showIcon title={failed} />;
  return (
    <div role="img" aria-label={label} data-testid={testId} data-ready={ready ? "true" : "false"}>
      {ready ? null : <Skeleton active paragraph={{ rows: 3 }} />}
      <div ref={box} style={{ width: "100%", height: ready ? height : 0 }} />
    </div>
  );
}
