// Turns a stored topic map (parallel lists: articleIds, x, y, topicRanks — see schema/topics.graphql TopicMap)
// into cytoscape nodes at preset positions, one colour per topic rank (as in the topic report), outliers (rank -1) grey.
import { TOPIC_PALETTE } from "../../src/topics/report/palette.js";

export interface TopicMapData {
  id: string;
  runId: string | null;
  scope: string | null;
  articleIds: string[] | null;
  x: number[] | null;
  y: number[] | null;
  topicRanks: number[] | null;
  clusterLabels: number[] | null;
}

export interface MapPoint {
  group: "nodes";
  data: { id: string; articleId: string; rank: number; colour: string };
  position: { x: number; y: number };
  classes: string;
}

export function rankColour(rank: number): string {
  return rank < 0 ? "#b9bec6" : (TOPIC_PALETTE[rank % TOPIC_PALETTE.length] ?? "#444");
}

/** Points scaled into a `size`×`size` box (cytoscape fits the view afterwards); missing coordinates are skipped. */
export function topicMapPoints(map: TopicMapData, size = 800): MapPoint[] {
  const ids = map.articleIds ?? [];
  const xs = map.x ?? [];
  const ys = map.y ?? [];
  const ranks = map.topicRanks ?? map.clusterLabels ?? [];
  const finite = (values: number[]) => values.filter((value) => Number.isFinite(value));
  const [minX, maxX] = [Math.min(...finite(xs)), Math.max(...finite(xs))];
  const [minY, maxY] = [Math.min(...finite(ys)), Math.max(...finite(ys))];
  const scale = (value: number, low: number, high: number) =>
    high > low ? ((value - low) / (high - low)) * size : size / 2;
  const points: MapPoint[] = [];
  ids.forEach((articleId, position) => {
    const x = xs[position];
    const y = ys[position];
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return;
    const rank = ranks[position] ?? -1;
    points.push({
      group: "nodes",
      data: { id: `point:${position}`, articleId, rank, colour: rankColour(rank) },
      position: { x: scale(x, minX, maxX), y: size - scale(y, minY, maxY) },
      classes: rank < 0 ? "point outlier" : "point",
    });
  });
  return points;
}

export interface LabelNode {
  group: "nodes";
  data: { id: string; label: string; rank: number };
  position: { x: number; y: number };
  classes: "topic-label";
}

/** One label node per topic at the mean position of its points (topics without points get none). */
export function topicLabelNodes(
  points: MapPoint[],
  topics: { rank: number | null; label: string | null }[],
): LabelNode[] {
  const labels: LabelNode[] = [];
  for (const topic of topics) {
    if (topic.rank === null || topic.rank < 0) continue;
    const members = points.filter((point) => point.data.rank === topic.rank);
    if (members.length === 0) continue;
    const mean = (pick: (point: MapPoint) => number) =>
      members.reduce((sum, point) => sum + pick(point), 0) / members.length;
    labels.push({
      group: "nodes",
      data: { id: `label:${topic.rank}`, label: topic.label ?? `topic ${topic.rank}`, rank: topic.rank },
      position: { x: mean((point) => point.position.x), y: mean((point) => point.position.y) },
      classes: "topic-label",
    });
  }
  return labels;
}
