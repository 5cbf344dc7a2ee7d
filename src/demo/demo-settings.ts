// The demo's settings (settings/demo.v2.json): the sizes of each profile (full, quick), the seconds per unit of
// work the step estimates use, and `--set key=value` overrides of a profile's sizes.
import { z } from "zod";
import { resolveSettings, settingsFile } from "../kernel/index.js";
import { InputError } from "../shared/errors.js";

const sizesSchema = z
  .object({
    nations: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
    /** Topics are fitted on a seeded sample of at most this many documents per nation; the rest are assigned. */
    topicSamplePerNation: z.number().int().min(20),
    /** LLM labels and InsTag with the local model (false: keyword labels, no InsTag). */
    topicLabels: z.boolean(),
    instagPerNation: z.number().int().min(0),
    screenTopicsPerNation: z.number().int().positive(),
    articlesPerNation: z.number().int().positive(),
    /** Items per reference and ProbVAA set scored by MC. */
    evaluationLimit: z.number().int().positive(),
    /** The pipeline's own triples scored by MC. */
    graphEvaluationLimit: z.number().int().positive(),
    /** Also build the graph once more without conflict reduction (paper Table 3's ablation). */
    ablation: z.boolean(),
    /** Evaluate and export the pipeline's triples flagged by the automatic checks too (not RS = S). */
    includeFlaggedTriples: z.boolean(),
    /** Statements per nation of the conflict run sampled for verification and pre-labelled by the LLM (paper
     * Table 7; 0: no verification step). */
    verificationPrelabelsPerNation: z.number().int().min(0),
  })
  .strict();

export type DemoSizes = z.infer<typeof sizesSchema>;

const rates = [
  "databaseStart",
  "chatModel",
  "embedderStart",
  "ingest",
  "topicDocument",
  "topicAssignedDocument",
  "topicScope",
  "topicLabels",
  "instagDocument",
  "screenedTopic",
  "article",
  "conflictRun",
  "verificationItem",
  "mcItem",
  "export",
  "report",
] as const;
export type DemoRate = (typeof rates)[number];

const demoSettingsSchema = z.object({
  out: z.string().min(1),
  profiles: z.object({ full: sizesSchema, quick: sizesSchema }),
  /** The corpora's articles per nation (the topic estimates: documents beyond the sample are assigned). */
  articlesPerNation: z.record(z.string(), z.number().int().min(0)),
  /** Seconds per unit of work on 2 idle cores (the step estimates). */
  secondsPer: z.object(
    Object.fromEntries(rates.map((rate) => [rate, z.number().min(0)])) as Record<DemoRate, z.ZodNumber>,
  ),
});

export type DemoProfile = "full" | "quick";

export interface DemoSettings extends DemoSizes {
  profile: DemoProfile;
  out: string;
  /** Skip every step that needs the local GGUF model (topics keep keyword labels). */
  withoutModel: boolean;
  secondsPer: Record<DemoRate, number>;
  corpusArticles: Record<string, number>;
}

const file = resolveSettings("demo", settingsFile("demo", "demo", 2, demoSettingsSchema));
export const DEMO_SETTINGS_VERSION = file.version;

/** One `key=value` override of a profile size: numbers, true/false, or comma-separated nations. */
function parseOverride(assignment: string): [keyof DemoSizes, unknown] {
  const [key, ...rest] = assignment.split("=");
  const value = rest.join("=");
  const known = Object.keys(sizesSchema.shape);
  if (key === undefined || !known.includes(key) || value === "")
    throw new InputError(`demo: --set ${assignment}: expected key=value with key one of ${known.join(", ")}`);
  if (key === "nations") return [key, value.split(",").map((nation) => nation.trim().toUpperCase())];
  if (value === "true" || value === "false") return [key as keyof DemoSizes, value === "true"];
  return [key as keyof DemoSizes, Number(value)];
}

export function demoSettings(
  profile: DemoProfile,
  options: { overrides?: string[]; out?: string; withoutModel?: boolean } = {},
): DemoSettings {
  const base = file.settings;
  const sizes = { ...base.profiles[profile], ...Object.fromEntries((options.overrides ?? []).map(parseOverride)) };
  const checked = sizesSchema.safeParse(sizes);
  if (!checked.success)
    throw new InputError(
      `demo: bad --set value: ${checked.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`,
    );
  return {
    ...checked.data,
    profile,
    out: options.out ?? base.out,
    withoutModel: options.withoutModel ?? false,
    secondsPer: base.secondsPer,
    corpusArticles: base.articlesPerNation,
  };
}
