// The HTTP routes of the API server: the Host allow-list and security headers on every answer, /graphql behind
// per-client admission (admission.ts) and the document-shape gate, the sandbox redirect, and the static UI.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { Admission } from "./admission.js";
import { identifyCaller, type Caller } from "./authentication.js";
import type { ShapeLimits } from "./document-shape.js";
import { handleGraphQL } from "./http-bridge.js";
import { hostAllowed, SECURITY_HEADERS } from "./http-policy.js";
import { refusalBody } from "./refusal.js";
import type { ApiContext } from "./request-guard.js";
import type { Asset } from "./static-assets.js";

export interface RouteDependencies {
  apollo: ApolloServer<ApiContext>;
  assets: Map<string, Asset>;
  context: (caller: Caller) => ApiContext;
  key: Uint8Array | undefined;
  admission: Admission;
  hosts: ReadonlySet<string>;
  limits: ShapeLimits;
}

export async function route(
  request: IncomingMessage,
  response: ServerResponse,
  routes: RouteDependencies,
): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  if (!hostAllowed(request.headers.host, routes.hosts)) {
    response.writeHead(421, { "content-type": "text/plain" });
    return void response.end(
      "misdirected request: this navab server does not answer for that Host name (start it with --allowed-host)\n",
    );
  }
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (path === "/graphql" && request.method === "GET" && (request.headers.accept ?? "").includes("text/html")) {
    response.writeHead(302, { location: "/ui/sandbox.html" });
    return void response.end();
  }
  if (path === "/graphql") return admitted(request, response, routes);
  if (path === "/favicon.ico") {
    response.writeHead(204);
    return void response.end();
  }
  if (path === "/" || path === "/ui" || path === "/ui/") {
    response.writeHead(302, { location: "/ui/index.html" });
    return void response.end();
  }
  const asset = routes.assets.get(path);
  if (asset === undefined || (request.method !== "GET" && request.method !== "HEAD")) {
    response.writeHead(404, { "content-type": "text/plain" });
    return void response.end("not found\n");
  }
  response.writeHead(200, { "content-type": asset.contentType, "cache-control": "no-cache" });
  response.end(request.method === "HEAD" ? undefined : asset.body);
}

async function admitted(request: IncomingMessage, response: ServerResponse, routes: RouteDependencies): Promise<void> {
  const client = request.socket.remoteAddress ?? "unknown";
  const waiting = routes.admission.enter(client);
  if (waiting === undefined) {
    response.writeHead(429, { "content-type": "application/json", "retry-after": "1" });
    const message = "too many requests from this client at once: wait for answers before sending more";
    return void response.end(refusalBody(message, "TOO_MANY_REQUESTS"));
  }
  const release = await waiting;
  try {
    await handleGraphQL(
      routes.apollo,
      request,
      response,
      async () => routes.context(await identifyCaller(request.headers.authorization, routes.key)),
      routes.limits,
    );
  } finally {
    release();
  }
}
