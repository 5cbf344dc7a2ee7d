// Shared by the API integration, browser and bench runs: seeds one tiny provenance chain + conflict cycle + topic
// under a unique run id (cypher/api/fixture-seed), removes exactly those nodes, and posts GraphQL over HTTP.
import type { CypherExecutor } from "../../../src/database/executor.js";
import { uniqueRunId } from "../../support/database.js";

export interface ApiFixture {
  runId: string;
  nation: string;
  cycleId: string;
  tripleId: string;
  topicId: string;
  /** statement 0 and 2 support, statement 1 opposes and is deactivated by the cycle. */
  statementIds: string[];
}

export async function seedApiFixture(executor: CypherExecutor, prefix = "api"): Promise<ApiFixture> {
  const runId = uniqueRunId(prefix);
  const nation = `T-${runId}`;
  const [row] = await executor.write<Omit<ApiFixture, "runId" | "nation">>("testing/api/seed", { runId, nation });
  if (row === undefined) throw new Error("the API fixture was not created");
  return { runId, nation, ...row };
}

export async function removeApiFixture(executor: CypherExecutor, runId: string): Promise<void> {
  await executor.write("testing/api/remove", { runId });
}

export interface GraphQLReply<Data = Record<string, unknown>> {
  status: number;
  data?: Data;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLReply<Data>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLReply<Data>, "status">;
  return { status: response.status, ...body };
}
