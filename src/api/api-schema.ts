// The schema the server runs and what its guards need: @neo4j/graphql's schema with anchored filters
// (filter-anchors.ts), the one-topic review check (review-guard.ts) and path redaction (path-redaction.ts)
// installed, an executor on the same driver for those lookups, and the cost model fed by live graph statistics.
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { DatabaseSettings } from "../config/settings.js";
import { createExecutor, type CypherExecutor } from "../database/executor.js";
import { QueryFiles } from "../database/query-files.js";
import { createCostModel, pageSizes, type CostModel } from "./cost-model.js";
import { AnchorResolver, installFilterAnchors } from "./filter-anchors.js";
import { watchGraphStatistics, type GraphStatistics } from "./graph-statistics.js";
import { createGraphQLSchema } from "./graphql-schema.js";
import { installPathRedaction } from "./path-redaction.js";
import type { QueryLimits } from "./query-limits.js";
import type { ApiContext } from "./request-guard.js";
import { installReviewGuard } from "./review-guard.js";
import { installVerificationGuard } from "./verification-guard.js";
import { loadTypeDefinitions } from "./type-definitions.js";

/** Anchored filters are used up to this many ids; beyond, the filter is not selective and runs as written. */
export const ANCHOR_LIMIT = 5_000;

export interface ApiSchema {
  schema: GraphQLSchema;
  model: CostModel;
  executor: CypherExecutor;
  statistics: GraphStatistics;
  /** A fresh anchor resolver for one request. */
  anchors(): AnchorResolver;
}

export async function prepareApiSchema(
  driver: Driver,
  database: DatabaseSettings,
  jwtSecret: string | undefined,
  limits: QueryLimits,
): Promise<ApiSchema> {
  const typeDefinitions = loadTypeDefinitions();
  const schema = await createGraphQLSchema(driver, jwtSecret, typeDefinitions);
  const executor = createExecutor(driver, database, new QueryFiles());
  installFilterAnchors(schema, (context) => (context as ApiContext | undefined)?.anchors);
  installReviewGuard(schema, async (ids) =>
    (await executor.read<{ id: string }>("api/existing-topics", { ids })).map((row) => row.id),
  );
  installVerificationGuard(schema, async (ids) =>
    (await executor.read<{ id: string }>("api/existing-verification-items", { ids })).map((row) => row.id),
  );
  installPathRedaction(schema);
  const statistics = await watchGraphStatistics(executor);
  const model = createCostModel({
    pages: pageSizes(typeDefinitions),
    labelCounts: statistics.labelCounts,
    indexed: statistics.indexed,
    minimumLabelRows: limits.minimumLabelRows,
  });
  return { schema, model, executor, statistics, anchors: () => new AnchorResolver(executor, ANCHOR_LIMIT) };
}
