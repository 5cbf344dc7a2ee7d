// Shared by the test/security/ tests (issue 12): seeds the hostile-article fixture (cypher/testing/api/security-seed)
// under a unique run id, removes exactly its nodes, and sends raw HTTP requests with a chosen Host header, local
// address or Authorization, as an attacker would.
import { request } from "node:http";
import type { CypherExecutor } from "../../src/database/executor.js";
import { uniqueRunId } from "../support/database.js";

export interface SecurityFixture {
  runId: string;
  nation: string;
  articleId: string;
  tripleId: string;
  reversedId: string;
}

export async function seedSecurityFixture(
  executor: CypherExecutor,
  values: { url: string; sourceFile: string },
): Promise<SecurityFixture> {
  const runId = uniqueRunId("security");
  const nation = `S-${runId}`;
  const [row] = await executor.write<Omit<SecurityFixture, "runId" | "nation">>("testing/api/security-seed", {
    runId,
    nation,
    ...values,
  });
  if (row === undefined) throw new Error("the security fixture was not created");
  return { runId, nation, ...row };
}

export async function removeSecurityFixture(executor: CypherExecutor, runId: string): Promise<void> {
  await executor.write("testing/api/remove", { runId });
}

export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  milliseconds: number;
}

export interface RawOptions {
  method?: string;
  path?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Source address of the connection (any 127.x.y.z reaches a loopback server): another client. */
  localAddress?: string;
}

/** One HTTP request to `base` (e.g. http://127.0.0.1:1234) with exactly the headers given. */
export function rawRequest(base: string, options: RawOptions = {}): Promise<RawReply> {
  const url = new URL(options.path ?? "/graphql", base);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? (body === undefined ? "GET" : "POST"),
        headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...options.headers },
        ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            milliseconds: performance.now() - started,
          }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** The first error code of a GraphQL JSON answer, if any. */
export function errorCode(reply: RawReply): string | undefined {
  try {
    return (JSON.parse(reply.body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  } catch {
    return undefined;
  }
}
