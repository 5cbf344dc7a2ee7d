// Pipeline step of the Table 3 experiment (issue 15): pair two evaluation runs on the shared test items of one
// DPO split (McNemar, bootstrap intervals), print or return the comparison as JSON, and optionally write the
// Table 3 block (with CR = the first run, without CR = the second, + DPO = a third) beside the paper's numbers.
import { writeFile } from "node:fs/promises";
import { readRunRecord } from "../evaluation/index.js";
import { BOOTSTRAP_DEFAULTS } from "../evaluation/statistics/bootstrap.js";
import { comparePaired, loadTable3, renderTable3Block, type PairedComparison } from "../experiments/index.js";
import { readSplitManifest, type SplitManifest } from "../export/index.js";
import type { Session } from "./session.js";

export interface CompareStepOptions {
  run: string;
  with: string;
  /** split.json (or its export folder): pair only its test items. */
  split?: string;
  /** A third run (a model trained with DPO on the conflict-reduced variant) for the Table 3 block. */
  dpo?: string;
  /** Write the Table 3 block (HTML) here. */
  table3?: string;
  json: boolean;
  seed?: number;
}

export type CompareStepResult = PairedComparison & {
  split: { path: string; testItems: number; variants: SplitManifest["variants"] } | null;
};

export async function compareStep(session: Session, options: CompareStepOptions): Promise<CompareStepResult> {
  const settings = session.settings();
  const [first, second] = [
    await readRunRecord(settings.home, options.run),
    await readRunRecord(settings.home, options.with),
  ];
  const manifest = options.split ? await readSplitManifest(options.split) : undefined;
  const bootstrap = { ...BOOTSTRAP_DEFAULTS, ...(options.seed === undefined ? {} : { seed: options.seed }) };
  const comparison = comparePaired(first, second, {
    ...bootstrap,
    ...(manifest ? { testItemIds: manifest.testItemIds } : {}),
  });
  const result: CompareStepResult = {
    ...comparison,
    split:
      manifest && options.split
        ? { path: options.split, testItems: manifest.testItemIds.length, variants: manifest.variants }
        : null,
  };
  if (comparison.missing.first + comparison.missing.second > 0)
    session.log(
      `eval compare: of the ${comparison.testItems} test items, ${comparison.missing.first} are missing from ${options.run} and ${comparison.missing.second} from ${options.with} (evaluate with \`navab eval run --split\`)`,
    );
  if (options.table3) {
    const data = await loadTable3(
      settings,
      {
        withCr: options.run,
        withoutCr: options.with,
        ...(options.dpo ? { dpo: options.dpo } : {}),
        ...(options.split ? { split: options.split } : {}),
      },
      bootstrap,
    );
    await writeFile(options.table3, renderTable3Block(data));
    session.log(`Table 3 block → ${options.table3}`);
  }
  if (options.json) session.print(JSON.stringify(result, null, 1));
  else {
    session.print(
      `shared items: ${result.sharedItems}${manifest ? ` of ${manifest.testItemIds.length} test items` : ""}`,
    );
    for (const entry of result.metrics)
      session.print(
        `${entry.set}\t${entry.method}\t${entry.metric}\tn=${entry.items}\t${entry.first.rate.toFixed(3)} vs ${entry.second.rate.toFixed(3)}\tdifference ${entry.difference.value.toFixed(3)} [${entry.difference.low.toFixed(3)}, ${entry.difference.high.toFixed(3)}]\tdiscordant ${entry.mcnemar.firstOnly}/${entry.mcnemar.secondOnly}\tMcNemar exact p=${entry.mcnemar.exactP.toPrecision(3)}`,
      );
  }
  return result;
}
