// Connects Apollo Server 5 to a plain node:http server (Apollo's documented integration API), so one port serves
// /graphql and the static UI without an extra web framework. The document-shape gate (document-shape.ts) runs
// here, before Apollo parses and validates anything, and refuses with HTTP 400 and a clear code.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext, type ContextThunk } from "@apollo/server";
import { checkDocumentShape, type ShapeLimits } from "./document-shape.js";
import { refusalBody } from "./refusal.js";

const MAXIMUM_BODY_BYTES = 1_000_000;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAXIMUM_BODY_BYTES) throw new Error(`request body over ${MAXIMUM_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendError(response: ServerResponse, status: number, message: string, code = "BAD_REQUEST"): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(refusalBody(message, code));
}

/** The query text of a GET (`?query=`) or POST (`{"query": …}`) request, when there is one. */
function queryText(method: string, body: unknown, search: URLSearchParams): string | undefined {
  if (method === "GET") return search.get("query") ?? undefined;
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === "string" ? query : undefined;
}

/** Answers one HTTP request to the GraphQL endpoint through `apollo`. */
export async function handleGraphQL<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  request: IncomingMessage,
  response: ServerResponse,
  context: ContextThunk<Context>,
  limits: ShapeLimits,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  try {
    const text = await readBody(request);
    body = request.method === "POST" && text !== "" ? JSON.parse(text) : undefined;
  } catch (error) {
    return sendError(response, 400, `unreadable request body: ${(error as Error).message}`);
  }
  const url = new URL(request.url ?? "/", "http://localhost");
  const query = queryText(request.method ?? "GET", body, url.searchParams);
  const refused = query === undefined ? undefined : checkDocumentShape(query, limits);
  if (refused !== undefined) {
    response.writeHead(400, { "content-type": "application/json" });
    return void response.end(refusalBody(refused.message, refused.code, refused.details));
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
    context,
  });
  response.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
