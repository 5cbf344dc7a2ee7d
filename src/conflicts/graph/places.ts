// Place extraction with the conflict graph's gazetteer (gazetteer.v2.json, built from registry data by
// gazetteer/build_gazetteer.py: 250 countries and ~700 capitals and cities of 1M+ inhabitants with coordinates and
// names in en/de/fr/zh). Latin-script names match whole words (case-sensitive, as proper nouns; looked up as word
// n-grams in a map, so thousands of names cost one pass over the text), Chinese names as substrings. A city also
// counts as its country (the "nearby places" relation).
import { readFileSync } from "node:fs";

export interface GazetteerPlace {
  id: string;
  country: string;
  kind: "country" | "capital" | "city";
  names: string[];
  latitude: number;
  longitude: number;
}

export interface Gazetteer {
  version: string;
  places: GazetteerPlace[];
}

let loaded: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  loaded ??= JSON.parse(readFileSync(new URL("./gazetteer.v2.json", import.meta.url), "utf8")) as Gazetteer;
  return loaded;
}

const han = /\p{Script=Han}/u;
const word = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const LONGEST = 4;

export interface PlaceMatcher {
  /** Place ids named in the text. */
  direct(text: string): Set<string>;
  /** Direct places plus the countries of named cities. */
  withCountries(text: string): Set<string>;
}

export function placeMatcher(gazetteer: Gazetteer): PlaceMatcher {
  const latin = new Map<string, string>();
  const chinese = new Map<string, string[]>();
  for (const place of gazetteer.places) {
    for (const name of place.names) {
      if (han.test(name)) chinese.set(name, [...(chinese.get(name) ?? []), place.id]);
      else if (!latin.has(name)) latin.set(name, place.id);
    }
  }
  const chineseNames = [...chinese.keys()].sort((left, right) => right.length - left.length);
  const countryOf = new Map(gazetteer.places.map((place) => [place.id, place.country]));
  const known = new Set(gazetteer.places.map((place) => place.id));
  const direct = (text: string): Set<string> => {
    const found = new Set<string>();
    const words = [...text.matchAll(word)].map((match) => match[0].replace(/[.'’-]+$/u, ""));
    for (let start = 0; start < words.length; start += 1) {
      for (let length = Math.min(LONGEST, words.length - start); length >= 1; length -= 1) {
        const id = latin.get(words.slice(start, start + length).join(" "));
        if (id === undefined) continue;
        found.add(id);
        start += length - 1;
        break;
      }
    }
    if (han.test(text))
      for (const name of chineseNames) if (text.includes(name)) for (const id of chinese.get(name)!) found.add(id);
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

/** Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km). */
export function distanceKm(left: GazetteerPlace, right: GazetteerPlace): number {
  const radians = Math.PI / 180;
  const latitude = (right.latitude - left.latitude) * radians;
  const longitude = (right.longitude - left.longitude) * radians;
  const a =
    Math.sin(latitude / 2) ** 2 +
    Math.cos(left.latitude * radians) * Math.cos(right.latitude * radians) * Math.sin(longitude / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The capital of a country (where its outlets are placed when nothing more precise is known). */
export function capitalOf(gazetteer: Gazetteer, country: string): GazetteerPlace | undefined {
  return gazetteer.places.find((place) => place.kind === "capital" && place.country === country);
}
