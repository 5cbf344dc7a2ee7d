// Reads a run's active links from Neo4j page by page (link ids start with `<runId>/`, so pages are index range seeks).
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
  let after = linkPrefix(runId);
  for (;;) {
    const page = await executor.read<ConflictLink>("conflicts/load-links", {
      after,
      before: linkUpperBound(runId),
      pageSize: integer(pageSize),
    });
    links.push(...page);
    if (page.length < pageSize) return links;
    after = page[page.length - 1]!.id;
  }
}
