// Place extraction with a small multilingual gazetteer (graph/gazetteer.v1.json: countries, capitals, regions in
// en/zh/fr/de): Latin-script names match on word boundaries (case-sensitive, as proper nouns), Chinese names as
// substrings. A capital or region also counts as its country (the "nearby places" relation).
import { readFileSync } from "node:fs";

export interface GazetteerPlace {
  id: string;
  country: string;
  kind: string;
  names: string[];
}

export interface Gazetteer {
  version: string;
  places: GazetteerPlace[];
}

export function loadGazetteer(): Gazetteer {
  return JSON.parse(readFileSync(new URL("./gazetteer.v1.json", import.meta.url), "utf8")) as Gazetteer;
}

const han = /\p{Script=Han}/u;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface PlaceMatcher {
  /** Place ids named in the text. */
  direct(text: string): Set<string>;
  /** Direct places plus the countries of named capitals and regions. */
  withCountries(text: string): Set<string>;
}

export function placeMatcher(gazetteer: Gazetteer): PlaceMatcher {
  const latin: [string, string][] = [];
  const chinese: [string, string][] = [];
  for (const place of gazetteer.places) {
    for (const name of place.names) (han.test(name) ? chinese : latin).push([name, place.id]);
  }
  latin.sort((left, right) => right[0].length - left[0].length);
  const byName = new Map(latin);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${latin.map(([name]) => escape(name)).join("|")})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  const countryOf = new Map(gazetteer.places.map((place) => [place.id, place.country]));
  const known = new Set(gazetteer.places.map((place) => place.id));
  const direct = (text: string): Set<string> => {
    const found = new Set<string>();
    for (const match of text.matchAll(pattern)) found.add(byName.get(match[1]!)!);
    for (const [name, id] of chinese) if (text.includes(name)) found.add(id);
    return found;
  };
  return {
    direct,
    withCountries(text: string): Set<string> {
      const found = direct(text);
      for (const id of [...found]) {
        const country = countryOf.get(id);
        if (country && known.has(country)) found.add(country);
      }
      return found;
    },
  };
}
