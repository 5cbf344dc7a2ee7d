// Geo links by distance (NaVAB §3.4 Step II, "geographic proximity"): each article is placed at the gazetteer places it
// names (a city also at its country) and at its outlet's location (the capital of the outlet's country); places held by
// more than `maximumDocumentShare` of a nation's articles are ignored (every MFA page names China, every BBC article
// sits in London). Two articles of one nation are near when two of their places lie within `maximumKm`; the link's
// weight is 1 − distance / maximumKm of the closest pair, and each article keeps its `neighbours` nearest partners.
import type { LinkRow } from "./link-rows.js";
import { linkId } from "./link-rows.js";
import { capitalOf, distanceKm, placeMatcher, type Gazetteer, type GazetteerPlace } from "./places.js";

export interface GeoOptions {
  neighbours: number;
  maximumKm: number;
  maximumDocumentShare: number;
}

export interface GeoArticle {
  id: string;
  title: string;
  text: string;
  /** Country code of the article's outlet, if known. */
  outletCountry: string | null;
}

interface Near {
  partner: string;
  weight: number;
  why: string;
}

export function articlePlaces(articles: readonly GeoArticle[], gazetteer: Gazetteer): Map<string, Set<string>> {
  const matcher = placeMatcher(gazetteer);
  return new Map(
    articles.map((article) => {
      const places = matcher.withCountries(`${article.title}\n${article.text}`);
      const outlet = article.outletCountry ? capitalOf(gazetteer, article.outletCountry) : undefined;
      if (outlet) places.add(outlet.id);
      return [article.id, places];
    }),
  );
}

export function geoLinks(
  runId: string,
  places: ReadonlyMap<string, ReadonlySet<string>>,
  groupOf: (article: string) => string,
  gazetteer: Gazetteer,
  options: GeoOptions,
): LinkRow[] {
  const byId = new Map(gazetteer.places.map((place) => [place.id, place]));
  const groups = new Map<string, string[]>();
  for (const article of places.keys()) groups.set(groupOf(article), [...(groups.get(groupOf(article)) ?? []), article]);
  const links = new Map<string, LinkRow>();
  for (const members of groups.values()) {
    const holders = new Map<string, string[]>();
    for (const article of members)
      for (const place of places.get(article)!) holders.set(place, [...(holders.get(place) ?? []), article]);
    const usable = [...holders.keys()].filter(
      (place) => byId.has(place) && holders.get(place)!.length / members.length <= options.maximumDocumentShare,
    );
    const nearPlaces = new Map<string, { place: GazetteerPlace; km: number }[]>();
    for (const left of usable)
      for (const right of usable) {
        const km = distanceKm(byId.get(left)!, byId.get(right)!);
        if (km <= options.maximumKm)
          nearPlaces.set(left, [...(nearPlaces.get(left) ?? []), { place: byId.get(right)!, km }]);
      }
    for (const article of members) {
      const best = new Map<string, Near>();
      for (const place of places.get(article)!) {
        for (const { place: other, km } of nearPlaces.get(place) ?? []) {
          const weight = 1 - km / options.maximumKm;
          for (const partner of holders.get(other.id)!) {
            if (partner === article || (best.get(partner)?.weight ?? -1) >= weight) continue;
            const names = `${byId.get(place)!.names[0]} – ${other.names[0]}`;
            best.set(partner, { partner, weight, why: `places within ${Math.round(km)} km: ${names}` });
          }
        }
      }
      const nearest = [...best.values()]
        .sort((left, right) => right.weight - left.weight || (left.partner < right.partner ? -1 : 1))
        .slice(0, options.neighbours);
      for (const near of nearest) {
        const [source, target] = article < near.partner ? [article, near.partner] : [near.partner, article];
        const id = linkId(runId, "geo", source, target);
        if ((links.get(id)?.weight ?? -1) >= near.weight) continue;
        links.set(id, { id, source, target, kind: "geo", weight: near.weight, why: near.why });
      }
    }
  }
  return [...links.values()].sort((left, right) => (left.id < right.id ? -1 : 1));
}
