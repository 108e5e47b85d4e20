import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MetricsPoint } from '../api/types.ts';

export interface ChartLine {
  key: keyof Omit<MetricsPoint, 'asOf'>;
  label: string;
  /** The rate Amazon requires (a fraction). */
  target: number;
}

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

/**
 * One metric over time (percent), with its target as a dashed line and, for ODR, the projected
 * recovery: the rate falling to the target on the projected date if no new defect arrives.
 */
export function MetricChart({ points, line, recoveryOn, width, labels }: { points: readonly MetricsPoint[]; line: ChartLine; recoveryOn?: string | null | undefined; width: number; labels: { target: string; projection: string } }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current || points.length === 0) return;
    const xs = points.map((p) => toSeconds(p.asOf));
    const values = points.map((p) => (p[line.key] === null ? null : p[line.key]! * 100));
    const projection: (number | null)[] = values.map((_, i) => (i === values.length - 1 ? values[i]! : null));
    if (recoveryOn && values.at(-1) !== null) {
      xs.push(toSeconds(recoveryOn));
      values.push(null);
      projection.push(line.target * 100);
    }
    const target = xs.map(() => line.target * 100);
    const chart = new uPlot(
      {
        width,
        height: 220,
        title: line.label,
        scales: { x: { time: true }, y: { range: (_u, min, max) => [0, Math.max(max ?? 0, line.target * 100) * 1.2 || 1] } },
        axes: [{}, { values: (_u, ticks) => ticks.map((v) => `${v.toFixed(1)}%`), size: 60 }],
        series: [
          {},
          { label: line.label, stroke: '#14213d', width: 2, value: (_u, v) => (v === null ? '–' : `${v.toFixed(2)}%`) },
          { label: labels.target, stroke: '#b00020', dash: [6, 4], width: 1, value: (_u, v) => (v === null ? '–' : `${v.toFixed(2)}%`) },
          { label: labels.projection, stroke: '#176b2c', dash: [2, 4], width: 2, spanGaps: true, value: (_u, v) => (v === null ? '–' : `${v.toFixed(2)}%`) },
        ],
      },
      [xs, values, target, projection],
      box.current,
    );
    return () => chart.destroy();
  }, [points, line, recoveryOn, width, labels.target, labels.projection]);
  return <div ref={box} className="metric-chart" data-testid={`chart-${line.key}`} />;
}
