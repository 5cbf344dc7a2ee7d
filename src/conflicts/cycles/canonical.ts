// Canonical form of a simple cycle so rotations and the two directions of one cycle compare equal.
import type { Cycle } from "../types.js";

/**
 * Rotates `nodes`/`links` (links[i] joins nodes[i] and nodes[i+1]) to start at the smallest node id and
 * picks the direction whose second node is smaller than its last; the Cypher query does the same.
 */
export function canonicalCycle(nodes: readonly string[], links: readonly string[]): Cycle {
  return canonicalRotation(nodes, links);
}

/** canonicalCycle for any ordered node keys (the link table's article indices sort as their ids do). */
export function canonicalRotation<Node extends string | number, Link>(
  nodes: readonly Node[],
  links: readonly Link[],
): { nodes: Node[]; links: Link[] } {
  let start = 0;
  for (let index = 1; index < nodes.length; index += 1) if (nodes[index]! < nodes[start]!) start = index;
  const rotatedNodes = [...nodes.slice(start), ...nodes.slice(0, start)];
  const rotatedLinks = [...links.slice(start), ...links.slice(0, start)];
  if (rotatedNodes[1]! < rotatedNodes[rotatedNodes.length - 1]!) return { nodes: rotatedNodes, links: rotatedLinks };
  return { nodes: [rotatedNodes[0]!, ...rotatedNodes.slice(1).reverse()], links: rotatedLinks.reverse() };
}

/** The identity of a cycle: its canonical link ids joined by commas (parallel links make distinct cycles). */
export const cycleKey = (cycle: Cycle): string => cycle.links.join(",");

/** Shortest first, then by key: the order both backends use to truncate per seed. */
export function compareCycles(left: Cycle, right: Cycle): number {
  if (left.links.length !== right.links.length) return left.links.length - right.links.length;
  const leftKey = cycleKey(left);
  const rightKey = cycleKey(right);
  return leftKey < rightKey ? -1 : leftKey > rightKey ? 1 : 0;
}

/** Union of cycle lists without duplicates, in canonical order. */
export function uniqueCycles(cycles: Iterable<Cycle>): Cycle[] {
  const byKey = new Map<string, Cycle>();
  for (const cycle of cycles) byKey.set(cycleKey(cycle), cycle);
  return [...byKey.values()].sort(compareCycles);
}
