// Reads a run's active links from Neo4j page by page (link ids start with `<runId>/`, so pages are index range seeks).
// Repeated strings (article and statement ids, claims, kinds, stances) are kept once: every row of the driver brings
// its own copies, and at 1M statements / 10M links those copies were most of the links' memory.
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { ConflictLink } from "../types.js";

/** Every LINK id of a run starts with this prefix. */
export const linkPrefix = (runId: string): string => `${runId}/`;

/** The smallest string above every id with the run's prefix ("0" follows "/"). */
const linkUpperBound = (runId: string): string => `${runId}0`;

export async function loadActiveLinks(
  executor: CypherExecutor,
  runId: string,
  pageSize = 20_000,
): Promise<ConflictLink[]> {
  const links: ConflictLink[] = [];
  const strings = new Map<string, string>();
  const once = <Value extends string | null | undefined>(value: Value): Value => {
    if (typeof value !== "string") return value;
    const kept = strings.get(value);
    if (kept !== undefined) return kept as Value;
    strings.set(value, value);
    return value;
  };
  let after = linkPrefix(runId);
  for (;;) {
    const page = await executor.read<ConflictLink>("conflicts/load-links", {
      after,
      before: linkUpperBound(runId),
      pageSize: integer(pageSize),
    });
    for (const link of page)
      links.push({
        id: link.id,
        source: once(link.source),
        target: once(link.target),
        kind: once(link.kind),
        weight: link.weight,
        claim: once(link.claim),
        sourceStatement: once(link.sourceStatement),
        targetStatement: once(link.targetStatement),
        sourceStance: once(link.sourceStance),
        targetStance: once(link.targetStance),
        sign: link.sign,
      });
    if (page.length < pageSize) return links;
    after = page[page.length - 1]!.id;
  }
}
