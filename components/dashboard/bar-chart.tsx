"use client";
// A bar chart drawn with chart.js on a canvas. Made once when it mounts; when the server sends
// new numbers (AutoRefresh re-renders the page) the same chart gets them and redraws without
// animation, so nothing flickers or jumps. The canvas is a picture with a name; the numbers are
// in the table beside it (chart-card.tsx).
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Chart, ChartConfiguration, ChartDataset } from "chart.js";

export type BarSeries = { label: string; values: number[]; color: string };

export type BarChartProps = {
  labels: string[];
  series: BarSeries[];
  /** Bars grow to the right, one row per label: for long lists of partner names. */
  horizontal?: boolean;
  /** "percent": values are 0–100 and the axis says %. */
  unit?: "count" | "percent";
  /** The accessible name of the picture. */
  label: string;
};

type Bars = Chart<"bar", number[], string>;

const GRID = "#d5dedc";

export function BarChart(props: BarChartProps) {
  const { horizontal = false, unit = "count" } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Bars | null>(null);
  const latest = useRef(props);
  const [failed, setFailed] = useState(false);
  const dataKey = JSON.stringify([props.labels, props.series]);

  useLayoutEffect(() => {
    latest.current = props;
  });

  // New numbers: update the chart that exists. The dependency is the numbers as text, so a
  // refresh that changed nothing does nothing at all.
  useEffect(() => {
    const bars = chart.current;
    if (!bars || !canvas.current) return;
    setData(bars, latest.current);
    bars.update("none");
    canvas.current.dataset.updates = String(Number(canvas.current.dataset.updates ?? "0") + 1);
  }, [dataKey]);

  useEffect(() => {
    let cancelled = false;
    import("./load-chart")
      .then(({ Chart }) => {
        if (cancelled || !canvas.current) return;
        const bars = new Chart(canvas.current, configFor(latest.current, horizontal, unit));
        chart.current = bars;
        canvas.current.dataset.chartId = String(bars.id);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart.current?.destroy();
      chart.current = null;
    };
  }, [horizontal, unit]);

  const height = horizontal ? Math.max(120, props.labels.length * 28 + 56) : 280;
  return (
    <div style={{ position: "relative", height }}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
      {failed && <p className="muted small">The chart could not be drawn here; the numbers are in the table below.</p>}
    </div>
  );
}

function dataset(s: BarSeries): ChartDataset<"bar", number[]> {
  return { label: s.label, data: [...s.values], backgroundColor: s.color, borderColor: s.color, maxBarThickness: 32 };
}

function setData(bars: Bars, p: BarChartProps): void {
  bars.data.labels = [...p.labels];
  p.series.forEach((s, i) => {
    const existing = bars.data.datasets[i];
    if (existing) Object.assign(existing, { label: s.label, data: [...s.values], backgroundColor: s.color, borderColor: s.color });
    else bars.data.datasets.push(dataset(s));
  });
  bars.data.datasets.length = p.series.length;
  bars.options.plugins!.legend!.display = p.series.length > 1;
}

function configFor(p: BarChartProps, horizontal: boolean, unit: "count" | "percent"): ChartConfiguration<"bar", number[], string> {
  const suffix = unit === "percent" ? "%" : "";
  const values = {
    beginAtZero: true,
    max: unit === "percent" ? 100 : undefined,
    grid: { color: GRID },
    ticks: { precision: 0, callback: (v: string | number) => `${v}${suffix}` },
  };
  const categories = { grid: { display: false }, ticks: { autoSkip: !horizontal } };
  return {
    type: "bar",
    data: { labels: [...p.labels], datasets: p.series.map(dataset) },
    options: {
      indexAxis: horizontal ? "y" : "x",
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: p.series.length > 1, position: "bottom" },
        tooltip: {
          callbacks: { label: (ctx) => `${ctx.dataset.label}: ${(horizontal ? ctx.parsed.x : ctx.parsed.y) ?? 0}${suffix}` },
        },
      },
      scales: horizontal ? { x: values, y: categories } : { x: categories, y: values },
    },
  };
}
