// Planted conflicts from the Wahl-O-Mat (Bundestagswahl 2021; <reference>/probvaa/de.csv): each party is a source
// with a known position on each of the 38 statements. A party that agrees states the statement (its ProbVAA German
// original or a paraphrase, de_<n>), a party that disagrees states its negation or opposite; neutral positions state
// nothing. Each position is one article titled with the thesis and attributed to the party (a party's articles share
// a speaker).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseCsvLine } from "../../evaluation/items/probvaa-pairs.js";
import { InputError } from "../../shared/errors.js";
import type { PlantedCorpus, PlantedStatement } from "./planted-corpus.js";
import type { ProbvaaVariant } from "./probvaa-variants.js";

export interface PartyPosition {
  party: string;
  statement: number;
  title: string;
  position: "agree" | "disagree" | "neutral";
}

export function parsePartyPositions(csv: string): PartyPosition[] {
  const positions: PartyPosition[] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [, party, , position, statement, title] = parseCsvLine(line);
    if (!party || !statement || !["agree", "disagree", "neutral"].includes(position ?? "")) continue;
    positions.push({
      party,
      statement: Number(statement),
      title: title ?? "",
      position: position as PartyPosition["position"],
    });
  }
  return positions;
}

export async function readPartyPositions(referenceFolder: string): Promise<PartyPosition[]> {
  const path = join(referenceFolder, "probvaa", "de.csv");
  const text = await readFile(path, "utf8").catch(() => {
    throw new InputError(`conflicts/planted: cannot read ${path} (set NAVAB_REFERENCE to the reference folder)`);
  });
  return parsePartyPositions(text);
}

export interface WahlomatPlantOptions {
  /** The first N statements (absent: all 38). */
  claims?: number;
  /** Languages of the texts (ProbVAA's translations of de_<n>); default German only. */
  languages: readonly string[];
}

export function plantWahlomat(
  positions: readonly PartyPosition[],
  variants: readonly ProbvaaVariant[],
  options: WahlomatPlantOptions,
): PlantedCorpus {
  const languages = new Set(options.languages);
  const texts = new Map<string, ProbvaaVariant[]>();
  for (const variant of variants) {
    if (!variant.claim.startsWith("de_") || !languages.has(variant.language)) continue;
    const key = `${variant.claim}/${variant.polarity}`;
    texts.set(key, [...(texts.get(key) ?? []), variant]);
  }
  for (const list of texts.values()) list.sort((left, right) => (left.text < right.text ? -1 : 1));
  const statements: PlantedStatement[] = [];
  const used = new Map<string, number>();
  for (const position of positions) {
    if (position.position === "neutral") continue;
    if (options.claims !== undefined && position.statement > options.claims) continue;
    const claim = `de_${position.statement}`;
    const polarity = position.position === "agree" ? 1 : -1;
    const key = `${claim}/${polarity}`;
    const pool = texts.get(key);
    if (!pool?.length) continue;
    const turn = used.get(key) ?? 0;
    used.set(key, turn + 1);
    const variant = pool[turn % pool.length]!;
    statements.push({
      id: `${claim}-${position.party.replace(/[^\p{L}\p{N}]+/gu, "_")}`,
      text: variant.text,
      language: variant.language,
      label: { claim, polarity },
      source: position.party,
      title: position.title,
    });
  }
  return { set: "wahlomat", statements };
}
