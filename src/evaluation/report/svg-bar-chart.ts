// A self-contained grouped bar chart as inline SVG (no scripts, no CDN): bars in [0, 1] with optional
// interval whiskers, one colour per series, a legend, and grid lines at every 0.25.
export interface Bar {
  series: string;
  value: number;
  low?: number;
  high?: number;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

export interface BarChart {
  title: string;
  series: string[];
  groups: BarGroup[];
}

const COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#7f7f7f"];

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function svgBarChart(chart: BarChart): string {
  const barWidth = 18;
  const groupWidth = Math.max(chart.series.length * barWidth + 24, 100);
  const left = 40;
  const top = 30;
  const height = 200;
  const width = Math.max(left + Math.max(1, chart.groups.length) * groupWidth + 20, 680);
  const legendColumns = Math.max(1, Math.floor((width - left) / 210));
  const y = (value: number): number => top + height - Math.max(0, Math.min(1, value)) * height;
  const parts: string[] = [
    `<text x="${left}" y="16" font-size="13" font-weight="bold">${escapeHtml(chart.title)}</text>`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${left}" x2="${width - 10}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/><text x="${left - 6}" y="${y(tick) + 4}" font-size="10" text-anchor="end">${tick}</text>`,
    );
  }
  chart.groups.forEach((group, groupIndex) => {
    const groupLeft = left + 12 + groupIndex * groupWidth;
    group.bars.forEach((bar) => {
      const seriesIndex = chart.series.indexOf(bar.series);
      if (seriesIndex < 0 || !Number.isFinite(bar.value)) return;
      const x = groupLeft + seriesIndex * barWidth;
      const color = COLORS[seriesIndex % COLORS.length] as string;
      parts.push(
        `<rect x="${x}" y="${y(bar.value)}" width="${barWidth - 3}" height="${y(0) - y(bar.value)}" fill="${color}"><title>${escapeHtml(`${group.label} ${bar.series}: ${bar.value.toFixed(3)}`)}</title></rect>`,
      );
      if (bar.low !== undefined && bar.high !== undefined && Number.isFinite(bar.low)) {
        const middle = x + (barWidth - 3) / 2;
        parts.push(
          `<line x1="${middle}" x2="${middle}" y1="${y(bar.low)}" y2="${y(bar.high ?? bar.low)}" stroke="#000"/>`,
        );
      }
    });
    parts.push(
      `<text x="${groupLeft + (chart.series.length * barWidth) / 2}" y="${top + height + 14}" font-size="10" text-anchor="middle">${escapeHtml(group.label)}</text>`,
    );
  });
  const legendTop = top + height + 32;
  chart.series.forEach((series, index) => {
    const x = left + (index % legendColumns) * 210;
    const legendY = legendTop + Math.floor(index / legendColumns) * 16;
    parts.push(
      `<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${COLORS[index % COLORS.length]}"/><text x="${x + 14}" y="${legendY}" font-size="11">${escapeHtml(series)}</text>`,
    );
  });
  const totalHeight = legendTop + Math.ceil(chart.series.length / legendColumns) * 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${totalHeight}" role="img">${parts.join("")}</svg>`;
}
