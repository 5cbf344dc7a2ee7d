// The verification sample of one nation (NaVAB Appendix B: 100 sampled statements): seeded draws of `size`
// statements from the active set (kept by the conflict run) and, for comparison, from the set before reduction
// (every statement the run judged), the reference excluded. A statement drawn in both is one item (labelled once,
// counted in both). Raters: the first `overlap` items (in a seeded order) go to every rater — the subset for
// kappa — and the rest to one rater each in turn; no raters → every item is open to anyone.
import { seededRandom } from "../../shared/seeded-random.js";

export interface SampleItem {
  statementId: string;
  position: number;
  samples: ("after" | "before")[];
  /** Raters this item is assigned to; empty = anyone. */
  raters: string[];
}

function draw(ids: readonly string[], size: number, seed: number): string[] {
  const random = seededRandom(seed);
  const list = [...ids].sort();
  for (let index = list.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [list[index], list[other]] = [list[other] as string, list[index] as string];
  }
  return list.slice(0, size);
}

export function sampleItems(
  statements: readonly { id: string; kept: boolean }[],
  options: { size: number; seed: number; reference: string; raters: readonly string[]; overlap: number },
): SampleItem[] {
  const candidates = statements.filter((statement) => statement.id !== options.reference);
  const after = new Set(
    draw(
      candidates.filter((statement) => statement.kept).map((statement) => statement.id),
      options.size,
      options.seed,
    ),
  );
  const before = new Set(
    draw(
      candidates.map((statement) => statement.id),
      options.size,
      options.seed + 1,
    ),
  );
  const order = draw([...new Set([...after, ...before])], Number.MAX_SAFE_INTEGER, options.seed + 2);
  let turn = 0;
  return order.map((statementId, position) => {
    const shared = position < options.overlap || options.raters.length < 2;
    const raters = shared ? [...options.raters] : [options.raters[turn++ % options.raters.length] as string];
    return {
      statementId,
      position,
      samples: [
        ...(after.has(statementId) ? ["after" as const] : []),
        ...(before.has(statementId) ? ["before" as const] : []),
      ],
      raters,
    };
  });
}
