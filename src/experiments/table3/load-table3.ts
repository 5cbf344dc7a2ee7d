// The Table 3 block's data from stored evaluation run records (<home>/evaluation/<run>.json), an optional split
// manifest (only its shared test items count) and the paper's Table 3 (<reference>/navab-paper): with CR = the first
// run, without CR = the second, + DPO = an optional third, and their paired comparison.
import { readRunRecord, type EvaluationRunRecord } from "../../evaluation/results/run-record-file.js";
import { BOOTSTRAP_DEFAULTS, type BootstrapOptions } from "../../evaluation/statistics/bootstrap.js";
import { readSplitManifest } from "../../export/split-manifest.js";
import { comparePaired } from "../paired-comparison.js";
import { readPaperTable3 } from "./paper-table3.js";
import { table3Cells, type Table3Data } from "./table3-data.js";

export interface Table3Runs {
  withCr: string;
  withoutCr: string;
  dpo?: string;
  /** split.json (or its export folder) of the DPO export the models were trained and tested on. */
  split?: string;
}

export async function loadTable3(
  folders: { home: string; reference: string },
  runs: Table3Runs,
  bootstrap: Partial<BootstrapOptions> = {},
): Promise<Table3Data> {
  const options = { ...BOOTSTRAP_DEFAULTS, ...bootstrap };
  const manifest = runs.split ? await readSplitManifest(runs.split) : undefined;
  const testItemIds = manifest?.testItemIds;
  const read = (runId: string): Promise<EvaluationRunRecord> => readRunRecord(folders.home, runId);
  const [withCr, withoutCr] = [await read(runs.withCr), await read(runs.withoutCr)];
  const dpo = runs.dpo ? await read(runs.dpo) : undefined;
  const comparison = comparePaired(withCr, withoutCr, { ...options, ...(testItemIds ? { testItemIds } : {}) });
  return {
    variants: [
      { variant: "with_cr", runId: withCr.runId, cells: table3Cells(withCr, testItemIds, options) },
      { variant: "without_cr", runId: withoutCr.runId, cells: table3Cells(withoutCr, testItemIds, options) },
      ...(dpo
        ? [{ variant: "with_cr_plus_dpo" as const, runId: dpo.runId, cells: table3Cells(dpo, testItemIds, options) }]
        : []),
    ],
    paper: await readPaperTable3(folders.reference),
    comparison,
    testItems: comparison.testItems,
  };
}
