// Planted conflicts from ProbVAA: per claim (a ProbVAA statement), articles stating its original or a paraphrase (+1)
// or its negation or opposite (−1) in the chosen languages. Claims take turns as dominant-support (10 vs 2),
// dominant-oppose (2 vs 10) and contested (5 vs 5); texts are drawn round-robin from the claim's variants of that
// polarity (a text may be restated by several articles, as quotes are), seeded.
import { seededRandom, type RandomSource } from "../../shared/seeded-random.js";
import type { PlantedCorpus, PlantedStatement } from "./planted-corpus.js";
import type { ProbvaaVariant } from "./probvaa-variants.js";

export interface ProbvaaPlantOptions {
  claims: number;
  /** Languages the texts may be in (absent: every language of the claim). */
  languages?: readonly string[];
  seed: number;
  /** Statements on each side: [majority, minority] of a dominant claim, and each side of a contested one. */
  dominant: [number, number];
  contested: number;
}

export const PROBVAA_PLANT_DEFAULTS: ProbvaaPlantOptions = {
  claims: 20,
  seed: 7,
  dominant: [10, 2],
  contested: 5,
};

function shuffled<Item>(items: readonly Item[], random: RandomSource): Item[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

export function plantProbvaa(variants: readonly ProbvaaVariant[], options: ProbvaaPlantOptions): PlantedCorpus {
  const random = seededRandom(options.seed);
  const languages = options.languages === undefined ? undefined : new Set(options.languages);
  const byClaim = new Map<string, ProbvaaVariant[]>();
  for (const variant of variants) {
    if (languages && !languages.has(variant.language)) continue;
    byClaim.set(variant.claim, [...(byClaim.get(variant.claim) ?? []), variant]);
  }
  const usable = [...byClaim.keys()]
    .filter((claim) => new Set(byClaim.get(claim)!.map((variant) => variant.polarity)).size === 2)
    .sort();
  const statements: PlantedStatement[] = [];
  shuffled(usable, random)
    .slice(0, options.claims)
    .forEach((claim, index) => {
      const plan = index % 5;
      const [majority, minority] = options.dominant;
      const counts: [number, number] =
        plan === 4 ? [options.contested, options.contested] : plan < 2 ? [majority, minority] : [minority, majority];
      const pools = ([1, -1] as const).map((polarity) =>
        shuffled(
          byClaim.get(claim)!.filter((variant) => variant.polarity === polarity),
          random,
        ),
      );
      ([1, -1] as const).forEach((polarity, side) => {
        const pool = pools[side]!;
        for (let made = 0; made < counts[side]!; made += 1) {
          const variant = pool[made % pool.length]!;
          statements.push({
            id: `${claim}-${polarity > 0 ? "p" : "n"}${made}`,
            text: variant.text,
            language: variant.language,
            label: { claim, polarity },
          });
        }
      });
    });
  return { set: "probvaa", statements };
}
