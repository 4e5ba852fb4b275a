/**
 * <progress-chart>: draws a chart above the server-rendered table that holds the same numbers.
 * The table and the one-sentence summary are the content; the chart is an extra for sighted
 * readers, so without JavaScript (or if Chart.js fails to load) nothing is lost.
 */
import type { ChartConfiguration } from 'chart.js';
import { monthTicks } from '../../model/dateTicks';
import { formatCount, formatNumber } from '../../model/format';

interface LineSpec {
  type: 'line';
  unit: string;
  /** Counts of things: values read as whole numbers (约73台), never 73.37台. */
  counts?: boolean;
  series: { label: string; points: [string, number][]; dashed: boolean }[];
}
interface BarSpec {
  type: 'bar';
  unit: string;
  labels: string[];
  series: { label: string; data: (number | null)[] }[];
}
type Spec = LineSpec | BarSpec;

// One main colour and a neutral grey; series also differ by line style and point shape.
const colours = ['#a61b1b', '#4d4d4d', '#0b57d0', '#7d5a00'];
const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function config(spec: Spec, reduceMotion: boolean): ChartConfiguration {
  const fmt = (v: number | string) => (spec.type === 'line' && spec.counts ? formatCount(Number(v), spec.unit) : `${formatNumber(Number(v))}${spec.unit}`);
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: reduceMotion ? (false as const) : { duration: 400 },
    plugins: { legend: { position: 'bottom' as const } },
  };
  if (spec.type === 'bar') {
    return {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: colours[i % colours.length] })),
      },
      options: { ...common, scales: { y: { beginAtZero: true, ticks: { callback: fmt } } } },
    };
  }
  // The axis starts where the path does: the first day of the plan (no figure may be dated earlier).
  const start = Math.min(...spec.series.flatMap((s) => s.points.map(([d]) => Date.parse(`${d}T00:00:00Z`))));
  return {
    type: 'line',
    data: {
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.points.map(([d, y]) => ({ x: Date.parse(`${d}T00:00:00Z`), y })),
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        borderDash: s.dashed ? [6, 4] : [],
        pointStyle: s.dashed ? false : 'rectRot',
        pointRadius: s.dashed ? 0 : 5,
        tension: 0,
      })),
    },
    options: {
      ...common,
      scales: {
        // The axis spans the data (not Chart.js's rounder millisecond bounds) and its ticks fall on
        // the first of a month, quarter or year (src/model/dateTicks.ts), at any chart width.
        x: {
          type: 'linear',
          bounds: 'data',
          min: start - DAY,
          ticks: { callback: (v) => dateOf(Number(v)), maxTicksLimit: 6 },
          afterBuildTicks: (axis) => {
            const ticks = monthTicks(axis.min, axis.max, 6);
            if (ticks.length > 0) axis.ticks = ticks.map((value) => ({ value }));
          },
        },
        y: { beginAtZero: true, ticks: { callback: fmt } },
      },
      plugins: {
        ...common.plugins,
        tooltip: { callbacks: { title: (items) => dateOf(Number(items[0]?.parsed.x)), label: (item) => `${item.dataset.label}：${fmt(item.parsed.y ?? 0)}` } },
      },
    },
  };
}

class ProgressChart extends HTMLElement {
  async connectedCallback() {
    const spec = JSON.parse(this.dataset.chart ?? 'null') as Spec | null;
    const summary = this.querySelector('[data-summary]')?.textContent?.trim() ?? '';
    if (!spec) return;
    const box = document.createElement('div');
    box.className = 'chart-box';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    // The summary is the accessible name; the table below gives every number.
    canvas.setAttribute('aria-label', summary);
    box.append(canvas);
    this.querySelector('[data-chart-slot]')?.append(box);
    try {
      const { Chart } = await import('../chartParts.ts');
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      new Chart(canvas, config(spec, reduce));
      // Recorded so the behaviour under prefers-reduced-motion can be checked.
      this.dataset.motion = reduce ? 'reduced' : 'full';
      this.dataset.ready = 'true';
    } catch {
      box.remove();
    }
  }
}

customElements.define('progress-chart', ProgressChart);
