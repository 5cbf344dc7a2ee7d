// Planted conflict benchmarks (issue 14 acceptance): real ProbVAA and Wahl-O-Mat sentences with known stances.
export { plantedBench, plantCorpus, PLANTED_SETS, type PlantedBenchInput, type PlantedSet } from "./planted-bench.js";
export type { PlantedBenchResult } from "./run-planted-bench.js";
