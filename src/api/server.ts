// The navab GraphQL API (issue 2 item 6, issue 7, issue 12): @neo4j/graphql 7 over schema/*.graphql, served by
// Apollo Server 5 on a node:http server with the auditor UI and an offline sandbox. Anonymous callers read;
// mutations need a JWT; the document-shape gate, filter and cost limits and per-client admission refuse abusive
// queries before any Cypher runs; every answer carries a strict CSP and only allowed Host names are served.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import neo4j, { type Driver } from "neo4j-driver";
import type { DatabaseSettings } from "../config/settings.js";
import { NavabError } from "../shared/errors.js";
import { Admission } from "./admission.js";
import { prepareApiSchema } from "./api-schema.js";
import { secretKey, type Caller } from "./authentication.js";
import { createErrorFormatter } from "./error-format.js";
import { allowedHosts } from "./http-policy.js";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./query-limits.js";
import { refusalBody } from "./refusal.js";
import { requestGuard, type ApiContext } from "./request-guard.js";
import { route } from "./routes.js";
import { buildUserInterface } from "./static-assets.js";

export interface ApiServerOptions {
  database: DatabaseSettings;
  /** HS256 secret for reviewer JWTs; without it every mutation is refused. */
  jwtSecret?: string | undefined;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Host names served besides loopback and the listening address (a name this machine is reached by). */
  allowedHosts?: readonly string[];
  limits?: Partial<QueryLimits>;
  /** Where internal errors are logged with their reference (default: stderr). */
  log?: (line: string) => void;
}

export interface ApiServer {
  url: string;
  /** Page URLs: the GraphQL endpoint, the sandbox and the UI pages. */
  pages: Record<"graphql" | "sandbox" | "auditor" | "topics" | "triples", string>;
  stop(): Promise<void>;
}

const DEFAULTS = { port: 4000, host: "127.0.0.1" };

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const port = options.port ?? DEFAULTS.port;
  const host = options.host ?? DEFAULTS.host;
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const key = secretKey(options.jwtSecret);
  const driver = openDriver(options.database);
  try {
    const prepared = await prepareApiSchema(driver, options.database, options.jwtSecret, limits);
    const apollo = new ApolloServer<ApiContext>({
      schema: prepared.schema,
      plugins: [ApolloServerPluginLandingPageDisabled(), requestGuard(limits, key !== undefined, prepared.model)],
      parseOptions: { maxTokens: limits.maxTokens },
      persistedQueries: false,
      includeStacktraceInErrorResponses: false,
      introspection: true,
      formatError: createErrorFormatter(log),
    });
    await apollo.start();
    const dependencies = {
      apollo,
      assets: await buildUserInterface(),
      context: (caller: Caller) => requestContext(caller, limits, options.database, prepared.anchors()),
      key,
      admission: new Admission(limits),
      hosts: allowedHosts(host, options.allowedHosts),
      limits,
    };
    const server = createServer((request, response) => {
      route(request, response, dependencies).catch((error: unknown) => {
        const reference = randomUUID().slice(0, 8);
        log(`navab api: internal error ${reference}: ${(error as Error).stack ?? String(error)}`);
        if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
        response.end(
          refusalBody(
            `internal error (reference ${reference}); the server log has the details`,
            "INTERNAL_SERVER_ERROR",
          ),
        );
      });
    });
    await listen(server, port, host);
    const url = `http://${host.includes(":") ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
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
        prepared.statistics.stop();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

function requestContext(
  caller: Caller,
  limits: QueryLimits,
  database: DatabaseSettings,
  anchors: ApiContext["anchors"],
): ApiContext {
  return {
    caller,
    ...(caller.kind === "verified" ? { jwt: { ...caller.claims } } : {}),
    transaction: { timeout: limits.timeoutMilliseconds, metadata: { app: "navab-api" } },
    ...(database.database === undefined ? {} : { sessionConfig: { database: database.database } }),
    anchors,
  };
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
