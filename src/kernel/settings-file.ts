// Versioned stage settings files: `src/<area>/settings/<file>.v<N>.json` = {stage, version, description, source?,
// settings}. Every default of a stage lives there; callers' overrides are merged over it (objects deeply, arrays
// and values replaced) and the result is validated with the stage's zod schema. The `execution` key (concurrency,
// batch sizes, search backend: how, not what) is recorded but left out of the settings hash.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { fromRepository } from "../config/paths.js";
import { configHash } from "../runs/run-record.js";
import { InputError } from "../shared/errors.js";
import type { DeepPartial, SettingsFileReference, StageName } from "./stage.js";

const fileSchema = z
  .object({
    stage: z.string().min(1),
    version: z.number().int().positive(),
    description: z.string().min(1),
    source: z.string().optional(),
    settings: z.record(z.string(), z.unknown()),
  })
  .strict();

export interface ResolvedSettings<Settings> {
  settings: Settings;
  /** `<stage>.v<N>` */
  version: string;
  hash: string;
}

/** The settings file of a stage (e.g. ("statements", "extract", 1, schema) → src/statements/settings/extract.v1.json). */
export function settingsFile<Settings>(
  area: string,
  file: string,
  version: number,
  schema: z.ZodType<Settings>,
): SettingsFileReference<Settings> {
  return { area, file, version, schema };
}

export const settingsPath = (reference: SettingsFileReference<unknown>): string =>
  join(
    reference.root ?? fromRepository("src"),
    reference.area,
    "settings",
    `${reference.file}.v${reference.version}.json`,
  );

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** `base` with `overrides` merged in: plain objects deeply, anything else replaced; undefined leaves the base. */
export function mergeSettings(base: unknown, overrides: unknown): unknown {
  if (overrides === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) merged[key] = mergeSettings(base[key], value);
  return merged;
}

/** The hash recorded on the Run: every setting except `execution`. */
export function settingsHash(settings: unknown): string {
  if (!isPlainObject(settings)) return configHash(settings);
  const { execution: _execution, ...decisive } = settings;
  return configHash(decisive);
}

const cache = new Map<string, unknown>();

function readSettingsFile(path: string, stage: StageName, version: number): Record<string, unknown> {
  const cached = cache.get(path) as Record<string, unknown> | undefined;
  if (cached !== undefined) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError(
      `kernel/settings-file: cannot read ${path}: ${error instanceof Error ? error.message : error}`,
    );
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(`kernel/settings-file: ${path} is invalid: ${parsed.error.message}`);
  if (parsed.data.stage !== stage || parsed.data.version !== version)
    throw new InputError(
      `kernel/settings-file: ${path} declares ${parsed.data.stage} v${parsed.data.version}, not ${stage} v${version}`,
    );
  cache.set(path, parsed.data.settings);
  return parsed.data.settings;
}

/** Loads the stage's settings file, merges the overrides, validates, and names the result (version, hash). */
export function resolveSettings<Settings>(
  stage: StageName,
  reference: SettingsFileReference<Settings>,
  overrides?: DeepPartial<NoInfer<Settings>>,
): ResolvedSettings<Settings> {
  const path = settingsPath(reference as SettingsFileReference<unknown>);
  const merged = mergeSettings(readSettingsFile(path, stage, reference.version), overrides);
  const parsed = reference.schema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new InputError(`${stage}: invalid settings (${path} with overrides): ${problems.join("; ")}`);
  }
  return { settings: parsed.data, version: `${stage}.v${reference.version}`, hash: settingsHash(parsed.data) };
}
