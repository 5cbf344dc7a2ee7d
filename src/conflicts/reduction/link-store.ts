// Reads a run's active links from Neo4j page by page (link ids start with `<runId>/`, so pages are index range seeks)
// into the reduction's link table (link-table.ts): each page's row objects are dropped once their columns are filled,
// so no object or repeated string is kept per link.
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { ConflictLink } from "../types.js";
import { LinkTableBuilder } from "./link-table-builder.js";
import type { LinkTable } from "./link-table.js";

/** Every LINK id of a run starts with this prefix. */
export const linkPrefix = (runId: string): string => `${runId}/`;

/** The smallest string above every id with the run's prefix ("0" follows "/"). */
export const linkUpperBound = (runId: string): string => `${runId}0`;

/** The run's active links straight into a LinkTable, page by page (no object kept per link). */
export async function loadLinkTable(executor: CypherExecutor, runId: string, pageSize = 20_000): Promise<LinkTable> {
  const builder = new LinkTableBuilder(linkPrefix(runId));
  let after = linkPrefix(runId);
  for (;;) {
    const page = await executor.read<ConflictLink>("conflicts/load-links", {
      after,
      before: linkUpperBound(runId),
      pageSize: integer(pageSize),
    });
    for (const link of page) builder.add(link);
    if (page.length < pageSize) return builder.finish();
    after = page[page.length - 1]!.id;
  }
}
