// Runtime settings read from the environment once, validated, with defaults for the offline embedded setup.
import { resolve } from "node:path";
import { z } from "zod";
import { NavabError } from "../shared/errors.js";
import { embeddedPassword } from "./embedded-password.js";
import { readModelEnvironment, type ModelEnvironment } from "./model-environment.js";
import { fromRepository } from "./paths.js";

const environmentSchema = z.object({
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default("neo4j"),
  NEO4J_DATABASE: z.string().optional(),
  NAVAB_HOME: z.string().optional(),
  NAVAB_CORPORA: z.string().optional(),
  NAVAB_REFERENCE: z.string().optional(),
  NAVAB_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NAVAB_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, "NAVAB_NEO4J_HEAP must look like 2g or 1536m")
    .default("2g"),
  NAVAB_NEO4J_PAGE_CACHE_MB: z.coerce.number().int().min(64).default(1024),
  NAVAB_LLAMA_THREADS: z.coerce.number().int().min(1).optional(),
  NAVAB_JWT_SECRET: z.string().optional(),
  USER: z.string().optional(),
});

export interface DatabaseSettings {
  /** Bolt/neo4j URI; `neo4j+s://` routing URIs of clusters and Aura work as they are. */
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** True when navab manages its own local server (NEO4J_URI unset): user neo4j, password from NAVAB_HOME. */
  embedded: boolean;
}

export interface Settings {
  home: string;
  corpora: string;
  reference: string;
  database: DatabaseSettings;
  embeddedServer: { port: number; heap: string; pageCacheMegabytes: number };
  /** CPU threads of the local GGUF model's contexts; unset = the machine's idle cores (src/models/local/thread-count.ts). */
  llamaThreads: number | undefined;
  /** The variables that choose model backends (NAVAB_GGUF, NAVAB_LLM_*, NAVAB_EMBEDDINGS_*, ...). */
  models: ModelEnvironment;
  /** NAVAB_JWT_SECRET: signs reviewer tokens; unset = the API is read-only. */
  jwtSecret: string | undefined;
  /** The login name (USER), the default reviewer of `navab review topics`. */
  user: string | undefined;
}

export class SettingsError extends NavabError {
  override name = "SettingsError";
}

/** Reads settings from an environment (process.env by default); throws SettingsError on bad values. */
export function loadSettings(environment: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new SettingsError(`invalid navab settings: ${problems.join("; ")}`);
  }
  const values = parsed.data;
  const port = values.NAVAB_NEO4J_PORT;
  const home = resolve(values.NAVAB_HOME ?? fromRepository(".navab"));
  const embedded = values.NEO4J_URI === undefined;
  return {
    home,
    corpora: resolve(values.NAVAB_CORPORA ?? fromRepository("..", "shared", "corpora")),
    reference: resolve(values.NAVAB_REFERENCE ?? fromRepository("..", "shared", "reference")),
    database: {
      uri: values.NEO4J_URI ?? `bolt://127.0.0.1:${port}`,
      user: embedded ? "neo4j" : values.NEO4J_USER,
      password: embedded ? embeddedPassword(home) : values.NEO4J_PASSWORD,
      database: values.NEO4J_DATABASE,
      embedded,
    },
    embeddedServer: { port, heap: values.NAVAB_NEO4J_HEAP, pageCacheMegabytes: values.NAVAB_NEO4J_PAGE_CACHE_MB },
    llamaThreads: values.NAVAB_LLAMA_THREADS,
    models: readModelEnvironment(environment),
    jwtSecret: values.NAVAB_JWT_SECRET === "" ? undefined : values.NAVAB_JWT_SECRET,
    user: values.USER,
  };
}
