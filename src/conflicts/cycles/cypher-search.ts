// Cypher cycle search (cypher/conflicts/find-cycles): the same seed-anchored, bounded, canonical search run
// inside Neo4j, batched per seeds; the cross-check of the graphology backend and the path for graphs kept in the database.
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { Cycle, CycleSearch, CycleSearchRequest } from "../types.js";
import { uniqueCycles } from "./canonical.js";

export interface CypherCycleSearchOptions {
  /** Seeds per query (default 500). */
  batchSize?: number;
}

/** Needs the links' `active` and `community` properties written to the graph before `find` is called. */
export function cypherCycleSearch(executor: CypherExecutor, options: CypherCycleSearchOptions = {}): CycleSearch {
  return {
    name: "cypher",
    async find(request: CycleSearchRequest): Promise<Cycle[]> {
      const size = options.batchSize ?? 500;
      const parameters = {
        runId: request.runId,
        maxLength: integer(request.maxLength),
        maxCyclesPerSeed: integer(Math.min(request.maxCyclesPerSeed, 1_000_000_000)),
      };
      const cycles: Cycle[] = [];
      for (let start = 0; start < request.seeds.length; start += size) {
        const rows = request.seeds.slice(start, start + size);
        cycles.push(...(await executor.read<Cycle>("conflicts/find-cycles", { ...parameters, rows })));
      }
      return uniqueCycles(cycles);
    },
  };
}
