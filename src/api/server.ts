// The navab GraphQL API (issue 2 item 6, issue 7): @neo4j/graphql 7 over schema/*.graphql, served by Apollo
// Server 5 on a node:http server with the auditor UI and an offline sandbox. Anonymous callers read; mutations
// need a JWT; depth and cost limits refuse abusive queries before any Cypher runs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import neo4j, { type Driver } from "neo4j-driver";
import type { DatabaseSettings } from "../config/settings.js";
import { NavabError } from "../shared/errors.js";
import { identifyCaller, secretKey, type Caller } from "./authentication.js";
import { formatApiError } from "./error-format.js";
import { createGraphQLSchema } from "./graphql-schema.js";
import { handleGraphQL } from "./http-bridge.js";
import { DEFAULT_QUERY_LIMITS, depthLimitRule, type QueryLimits } from "./query-limits.js";
import { requestGuard, type ApiContext } from "./request-guard.js";
import { buildUserInterface, type Asset } from "./static-assets.js";

export interface ApiServerOptions {
  database: DatabaseSettings;
  /** HS256 secret for reviewer JWTs; without it every mutation is refused. */
  jwtSecret?: string | undefined;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  limits?: Partial<QueryLimits>;
}

export interface ApiServer {
  url: string;
  /** Page URLs: the GraphQL endpoint, the sandbox and the UI pages. */
  pages: Record<"graphql" | "sandbox" | "auditor" | "topics" | "triples", string>;
  stop(): Promise<void>;
}

const DEFAULTS = { port: 4000, host: "127.0.0.1" };

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { port, host } = { ...DEFAULTS, ...stripUndefined({ port: options.port, host: options.host }) };
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const key = secretKey(options.jwtSecret);
  const driver = openDriver(options.database);
  try {
    const apollo = new ApolloServer<ApiContext>({
      schema: await createGraphQLSchema(driver, options.jwtSecret),
      validationRules: [depthLimitRule(limits.maxDepth)],
      plugins: [ApolloServerPluginLandingPageDisabled(), requestGuard(limits, key !== undefined)],
      includeStacktraceInErrorResponses: false,
      introspection: true,
      formatError: formatApiError,
    });
    await apollo.start();
    const assets = await buildUserInterface();
    const server = createServer((request, response) => {
      route(request, response, apollo, assets, (caller) => requestContext(caller, limits, options.database), key).catch(
        (error: unknown) => {
          if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
          response.end(`internal error: ${(error as Error).message}`);
        },
      );
    });
    await listen(server, port, host);
    const address = server.address() as AddressInfo;
    const url = `http://${host}:${address.port}`;
    return {
      url,
      pages: {
        graphql: `${url}/graphql`,
        sandbox: `${url}/ui/sandbox.html`,
        auditor: `${url}/ui/auditor.html`,
        topics: `${url}/ui/topics.html`,
        triples: `${url}/ui/triples.html`,
      },
      async stop() {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await apollo.stop();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

function requestContext(caller: Caller, limits: QueryLimits, database: DatabaseSettings): ApiContext {
  return {
    caller,
    ...(caller.kind === "verified" ? { jwt: { ...caller.claims } } : {}),
    transaction: { timeout: limits.timeoutMilliseconds, metadata: { app: "navab-api" } },
    ...(database.database === undefined ? {} : { sessionConfig: { database: database.database } }),
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  apollo: ApolloServer<ApiContext>,
  assets: Map<string, Asset>,
  context: (caller: Caller) => ApiContext,
  key: Uint8Array | undefined,
): Promise<void> {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (path === "/graphql" && request.method === "GET" && (request.headers.accept ?? "").includes("text/html")) {
    response.writeHead(302, { location: "/ui/sandbox.html" });
    return void response.end();
  }
  if (path === "/graphql") {
    return handleGraphQL(apollo, request, response, async () =>
      context(await identifyCaller(request.headers.authorization, key)),
    );
  }
  if (path === "/favicon.ico") {
    response.writeHead(204);
    return void response.end();
  }
  if (path === "/" || path === "/ui" || path === "/ui/") {
    response.writeHead(302, { location: "/ui/index.html" });
    return void response.end();
  }
  const asset = assets.get(path);
  if (asset === undefined || (request.method !== "GET" && request.method !== "HEAD")) {
    response.writeHead(404, { "content-type": "text/plain" });
    return void response.end(`not found: ${path}`);
  }
  response.writeHead(200, { "content-type": asset.contentType, "cache-control": "no-cache" });
  response.end(request.method === "HEAD" ? undefined : asset.body);
}

function openDriver(settings: DatabaseSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    userAgent: "navab-api/0.1",
    connectionAcquisitionTimeout: 30_000,
  });
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? "is already in use"
          : error.code === "EACCES"
            ? "needs privileges"
            : error.message;
      reject(new NavabError(`cannot listen on ${host}:${port}: the port ${reason}; choose another with --port`));
    });
    server.listen(port, host, () => {
      server.removeAllListeners("error");
      resolve();
    });
  });
}

function stripUndefined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
