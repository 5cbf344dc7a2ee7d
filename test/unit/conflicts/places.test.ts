import assert from "node:assert/strict";
import { test } from "node:test";
import { articlePlaces, geoLinks } from "../../../src/conflicts/graph/geo-links.js";
import { distanceKm, loadGazetteer, placeMatcher } from "../../../src/conflicts/graph/places.js";
import { sharedFeatureLinks } from "../../../src/conflicts/graph/shared-features.js";

const gazetteer = loadGazetteer();
const matcher = placeMatcher(gazetteer);
const nameOf = (id: string) => gazetteer.places.find((place) => place.id === id)?.names[0];
const named = (ids: Iterable<string>) => [...ids].map((id) => nameOf(id)).sort();

test("the gazetteer is real data with coordinates: countries and cities in en/de/fr/zh", () => {
  assert.equal(gazetteer.version, "2");
  assert.ok(gazetteer.places.filter((place) => place.kind === "country").length >= 240);
  const beijing = gazetteer.places.find((place) => place.names.includes("北京"))!;
  assert.ok(beijing.names.includes("Beijing") && beijing.names.includes("Pékin"));
  assert.ok(Math.abs(beijing.latitude - 39.9) < 0.1 && Math.abs(beijing.longitude - 116.4) < 0.1);
});

test("names match whole words in Latin scripts (German and French exonyms too) and as substrings in Chinese", () => {
  assert.deepEqual(named(matcher.direct("Talks in Geneva and Brussels; Parisian cafés.")), ["Brussels", "Geneva"]);
  assert.deepEqual(named(matcher.direct("Gespräche in Genf, in Moskau und in Peking")), [
    "Beijing",
    "Geneva",
    "Moscow",
  ]);
  assert.deepEqual(named(matcher.direct("外交部发言人就美国和台湾问题答记者问")), ["Taiwan", "United States"]);
  assert.deepEqual(
    named(matcher.direct("Landen die Flugzeuge?")),
    [],
    "a transliteration that is a German word is left out",
  );
});

test("a city also counts as its country; distances are great-circle kilometres", () => {
  assert.deepEqual(named(matcher.withCountries("Rain in Berlin")), ["Berlin", "Germany"]);
  const [berlin, paris] = ["Berlin", "Paris"].map((name) => gazetteer.places.find((place) => place.names[0] === name)!);
  assert.ok(Math.abs(distanceKm(berlin!, paris!) - 878) < 10, `${distanceKm(berlin!, paris!)}`);
});

test("geo links join articles whose places are near, skip ubiquitous places, stay inside a nation", () => {
  const articles = [
    { id: "a", title: "", text: "A summit in Geneva.", outletCountry: null },
    { id: "b", title: "", text: "Bankers met in Lyon.", outletCountry: null },
    { id: "c", title: "", text: "Rain in Sydney.", outletCountry: null },
    { id: "d", title: "", text: "Lausanne hosts the talks.", outletCountry: null },
    { id: "e", title: "", text: "Nothing here.", outletCountry: "GB" },
  ];
  const places = articlePlaces(articles, gazetteer);
  assert.deepEqual(named(places.get("e")!), ["London"], "an article without places sits at its outlet's capital");
  const links = geoLinks("run", places, (id) => (id === "d" ? "other nation" : "nation"), gazetteer, {
    neighbours: 3,
    maximumKm: 300,
    maximumDocumentShare: 0.9,
  });
  assert.deepEqual(
    links.map((link) => [link.source, link.target]),
    [["a", "b"]],
  );
  assert.match(links[0]!.why, /places within 11\d km: Geneva – Lyon/);
  assert.ok(Math.abs(links[0]!.weight - (1 - 112 / 300)) < 0.02, `${links[0]!.weight}`);
});

test("shared-feature links weigh rare features more, skip ubiquitous ones and stay inside a group", () => {
  const features = new Map([
    ["a", new Set(["CN", "X"])],
    ["b", new Set(["CN", "X"])],
    ["c", new Set(["CN"])],
    ["d", new Set(["CN", "X"])],
  ]);
  const links = sharedFeatureLinks(features, (article) => (article === "d" ? "other nation" : "nation"), {
    k: 5,
    minimumScore: 0,
    maximumDocumentShare: 0.9,
  });
  assert.deepEqual(
    links.map((link) => [link.source, link.target, link.shared]),
    [["a", "b", ["X"]]],
  );
});
