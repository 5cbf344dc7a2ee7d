// The planted conflict benchmarks by name (`navab conflicts bench --planted probvaa|wahlomat`): reads the reference
// data, plants the corpus and runs it (run-planted-bench.ts). With the oracle every same-value candidate is checked
// (accept threshold 1: only identical vectors pass unchecked), so the judge alone decides what is one claim.
import type { DeepPartial } from "../../kernel/index.js";
import { InputError } from "../../shared/errors.js";
import type { GraphBuildOptions } from "../settings.js";
import { plantProbvaa, PROBVAA_PLANT_DEFAULTS } from "./plant-probvaa.js";
import { plantWahlomat, readPartyPositions } from "./plant-wahlomat.js";
import type { PlantedCorpus } from "./planted-corpus.js";
import { readProbvaaVariants } from "./probvaa-variants.js";
import {
  runPlantedBench,
  type PlantedBenchDependencies,
  type PlantedBenchOptions,
  type PlantedBenchResult,
} from "./run-planted-bench.js";

export const PLANTED_SETS = ["probvaa", "wahlomat"] as const;
export type PlantedSet = (typeof PLANTED_SETS)[number];

export interface PlantedBenchInput {
  set: PlantedSet;
  referenceFolder: string;
  /** ProbVAA: claims planted (default 20); Wahl-O-Mat: the first N of its 38 statements. */
  claims?: number;
  /** Languages of the texts (ProbVAA default: all; Wahl-O-Mat default: de). */
  languages?: string[];
  seed?: number;
}

export async function plantCorpus(input: PlantedBenchInput): Promise<PlantedCorpus> {
  const variants = await readProbvaaVariants(input.referenceFolder);
  if (input.set === "probvaa")
    return plantProbvaa(variants, {
      ...PROBVAA_PLANT_DEFAULTS,
      ...(input.claims === undefined ? {} : { claims: input.claims }),
      ...(input.languages === undefined ? {} : { languages: input.languages }),
      ...(input.seed === undefined ? {} : { seed: input.seed }),
    });
  if (input.set === "wahlomat")
    return plantWahlomat(await readPartyPositions(input.referenceFolder), variants, {
      languages: input.languages ?? ["de"],
      ...(input.claims === undefined ? {} : { claims: input.claims }),
    });
  throw new InputError(`conflicts/planted: unknown set "${String(input.set)}"; use ${PLANTED_SETS.join(" or ")}`);
}

/** Graph settings the oracle needs to be the only judge of what is one claim. */
export const ORACLE_GRAPH_SETTINGS: DeepPartial<GraphBuildOptions> = {
  sameValue: { acceptThreshold: 1, maxLlmChecks: 1_000_000 },
};

export async function plantedBench(
  input: PlantedBenchInput,
  options: PlantedBenchOptions,
  dependencies: PlantedBenchDependencies,
): Promise<PlantedBenchResult> {
  const corpus = await plantCorpus(input);
  const graph =
    dependencies.judge === "oracle"
      ? {
          ...ORACLE_GRAPH_SETTINGS,
          ...options.graph,
          sameValue: { ...ORACLE_GRAPH_SETTINGS.sameValue, ...options.graph?.sameValue },
        }
      : (options.graph ?? {});
  return runPlantedBench(corpus, { ...options, graph }, dependencies);
}
