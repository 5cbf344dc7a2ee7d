// Settings of the multilingual-e5 embedder sidecar (src/models/embedding/e5/), read from the environment once.
import { availableParallelism } from "node:os";
import { z } from "zod";
import { SettingsError } from "./settings.js";

const environmentSchema = z.object({
  NAVAB_EMBEDDER_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  NAVAB_EMBEDDER_THREADS: z.coerce.number().int().min(0).max(256).default(0),
  NAVAB_PYTHON: z.string().min(1).default("python3"),
});

export interface EmbedderSettings {
  /** Loopback port of the sidecar; 0 lets navab pick a free one at start (recorded in the sidecar's state file). */
  port: number;
  /** Threads of the embedding engine (OpenMP); 0 in the environment means every core. */
  threads: number;
  /** Python (≥ 3.10) used to install and run the sidecar. */
  python: string;
}

/** Reads the embedder settings from an environment (process.env by default); throws SettingsError on bad values. */
export function loadEmbedderSettings(environment: NodeJS.ProcessEnv = process.env): EmbedderSettings {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new SettingsError(`invalid embedder settings: ${problems.join("; ")}`);
  }
  const values = parsed.data;
  return {
    port: values.NAVAB_EMBEDDER_PORT,
    threads: values.NAVAB_EMBEDDER_THREADS === 0 ? availableParallelism() : values.NAVAB_EMBEDDER_THREADS,
    python: values.NAVAB_PYTHON,
  };
}
