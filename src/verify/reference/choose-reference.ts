// The reference statement of a nation for human verification (NaVAB Appendix B: "a verified reference statement
// per nation"): a reviewer's pick when given; otherwise the most central statement of the largest claim cluster —
// claim clusters are the connected components of the conflict run's SAME_VALUE pairs among the nation's judged
// statements (the conflict stage's value claims), central = most SAME_VALUE partners, ties to the smaller id.
export interface ReferenceChoice {
  statementId: string;
  method: "reviewer" | "largest-claim-cluster";
  /** Statements in the chosen claim cluster (1 for a reviewer's pick outside any cluster). */
  clusterSize: number;
  /** SAME_VALUE partners of the chosen statement. */
  degree: number;
}

export function chooseReference(
  statementIds: readonly string[],
  pairs: readonly { left: string; right: string }[],
  picked?: string,
): ReferenceChoice | undefined {
  const known = new Set(statementIds);
  const neighbours = new Map<string, Set<string>>();
  for (const { left, right } of pairs) {
    if (!known.has(left) || !known.has(right) || left === right) continue;
    neighbours.set(left, (neighbours.get(left) ?? new Set()).add(right));
    neighbours.set(right, (neighbours.get(right) ?? new Set()).add(left));
  }
  const componentOf = (start: string): string[] => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0)
      for (const next of neighbours.get(queue.pop() as string) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    return [...seen];
  };
  const degree = (id: string): number => neighbours.get(id)?.size ?? 0;
  if (picked !== undefined)
    return { statementId: picked, method: "reviewer", clusterSize: componentOf(picked).length, degree: degree(picked) };
  const visited = new Set<string>();
  let best: string[] | undefined;
  for (const id of [...known].sort()) {
    if (visited.has(id)) continue;
    const component = componentOf(id);
    for (const member of component) visited.add(member);
    if (!best || component.length > best.length) best = component;
  }
  if (!best) return undefined;
  const central = [...best].sort(
    (left, right) => degree(right) - degree(left) || left.localeCompare(right),
  )[0] as string;
  return { statementId: central, method: "largest-claim-cluster", clusterSize: best.length, degree: degree(central) };
}
