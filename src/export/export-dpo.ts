// The DPO export stage: preference rows (graph Triples or given items) → one seeded 80/20 split by article over
// all rows (split-by-article.ts) → per variant (all triples; conflict-reduced = the same split with only its
// training side filtered, so both variants share their test items) LLaMA-Factory / TRL / OpenAI files + a dataset
// card and the training hand-off (LLaMA-Factory YAML, TRL script; src/export/training/), each format checked
// against its schema after writing. Output: <folder>/<variant>/<format>/ and <folder>/split.json.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../shared/errors.js";
import { datasetCard } from "./dataset-card.js";
import { writeFormat, type DpoFormat } from "./formats/writers.js";
import { validateExport } from "./formats/validate-export.js";
import type { PreferenceRow } from "./preference-rows.js";
import { splitByArticle, variantSplit } from "./split-by-article.js";
import { splitManifest, writeSplitManifest } from "./split-manifest.js";
import { writeTrainingFiles } from "./training/write-training-files.js";

export const DPO_VARIANTS = ["all", "conflict-reduced"] as const;
export type DpoVariant = (typeof DPO_VARIANTS)[number];

export interface DpoExportInput {
  rows: readonly PreferenceRow[];
  folder: string;
  formats: DpoFormat[];
  variants: DpoVariant[];
  runId: string;
  /** Human-readable description of where the rows came from (graph run, reference samples...). */
  source: string;
}

export interface DpoExportOptions {
  seed: number;
  trainShare: number;
  datasetName: string;
}

export const DPO_EXPORT_DEFAULTS: DpoExportOptions = { seed: 13, trainShare: 0.8, datasetName: "navab_dpo" };

export interface DpoExportOutput {
  variant: DpoVariant;
  format: DpoFormat;
  folder: string;
  train: number;
  test: number;
  validated: number;
}

export async function exportDpo(
  input: DpoExportInput,
  options: Partial<DpoExportOptions> = {},
): Promise<DpoExportOutput[]> {
  const settings = { ...DPO_EXPORT_DEFAULTS, ...options };
  if (!(settings.trainShare > 0 && settings.trainShare < 1))
    throw new InputError(`train share must be between 0 and 1, got ${settings.trainShare}`);
  if (input.rows.length === 0)
    throw new InputError("nothing to export: no valid triples (run the triple stage first, or pass --from reference)");
  const outputs: DpoExportOutput[] = [];
  const shared = splitByArticle(input.rows, settings.trainShare, settings.seed);
  const splits = Object.fromEntries(
    input.variants
      .map((variant) => [variant, variantSplit(shared, variant)] as const)
      .filter(([, split]) => split.train.length > 0),
  );
  await mkdir(input.folder, { recursive: true });
  await writeSplitManifest(
    input.folder,
    splitManifest(
      { runId: input.runId, source: input.source, seed: settings.seed, trainShare: settings.trainShare },
      shared,
      splits,
    ),
  );
  for (const variant of input.variants) {
    const split = splits[variant];
    if (!split) continue;
    for (const format of input.formats) {
      const folder = join(input.folder, variant, format);
      await mkdir(folder, { recursive: true });
      const datasetName = `${settings.datasetName}_${variant.replace("-", "_")}`;
      const files = await writeFormat(format, folder, split, datasetName);
      files.push(...(await writeTrainingFiles(format, folder, datasetName)));
      const card = datasetCard(
        {
          name: `${settings.datasetName} (${variant}, ${format})`,
          format,
          variant,
          source: input.source,
          seed: settings.seed,
          trainShare: settings.trainShare,
          runId: input.runId,
          files,
          createdAt: new Date().toISOString(),
        },
        split,
      );
      await writeFile(join(folder, "README.md"), card);
      outputs.push({
        variant,
        format,
        folder,
        train: split.train.length,
        test: split.test.length,
        validated: await validateExport(folder, format),
      });
    }
  }
  return outputs;
}
