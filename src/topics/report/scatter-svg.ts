// The 2-d topic scatter as inline SVG (like NaVAB Figure 3): one dot per article coloured by topic, noise grey,
// topic labels at their centroids. No scripts, no CDN: the page works offline and in any viewer.
import { escapeHtml } from "./html.js";
import { TOPIC_PALETTE } from "./palette.js";

export interface ScatterPoint {
  x: number;
  y: number;
  /** Topic rank, −1 = outlier. */
  topic: number;
  title: string;
}

export function topicColor(topic: number): string {
  return topic < 0 ? "#c8c8c8" : (TOPIC_PALETTE[topic % TOPIC_PALETTE.length] ?? "#000000");
}

export function scatterSvg(points: readonly ScatterPoint[], labels: ReadonlyMap<number, string>, size = 640): string {
  const margin = 20;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scaleX = (value: number): number => margin + ((value - minX) / (maxX - minX || 1)) * (size - 2 * margin);
  const scaleY = (value: number): number => size - margin - ((value - minY) / (maxY - minY || 1)) * (size - 2 * margin);
  const ordered = [...points].sort((left, right) => (left.topic < 0 ? -1 : 0) - (right.topic < 0 ? -1 : 0));
  const dots = ordered.map(
    (point) =>
      `<circle cx="${scaleX(point.x).toFixed(1)}" cy="${scaleY(point.y).toFixed(1)}" r="2.5" fill="${topicColor(point.topic)}" fill-opacity="${point.topic < 0 ? 0.5 : 0.8}"><title>${escapeHtml(point.title)}</title></circle>`,
  );
  const texts: string[] = [];
  for (const [topic, label] of labels) {
    const members = points.filter((point) => point.topic === topic);
    if (members.length === 0) continue;
    const centerX = members.reduce((sum, point) => sum + scaleX(point.x), 0) / members.length;
    const centerY = members.reduce((sum, point) => sum + scaleY(point.y), 0) / members.length;
    texts.push(
      `<text x="${centerX.toFixed(1)}" y="${centerY.toFixed(1)}" font-size="11" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${escapeHtml(`${topic}: ${label}`)}</text>`,
    );
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="topic scatter">` +
    `<rect width="100%" height="100%" fill="#fff" stroke="#ddd"/>${dots.join("")}${texts.join("")}</svg>`
  );
}
