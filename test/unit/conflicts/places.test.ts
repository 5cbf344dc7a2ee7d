import assert from "node:assert/strict";
import { test } from "node:test";
import { loadGazetteer, placeMatcher } from "../../../src/conflicts/graph/places.js";
import { sharedFeatureLinks } from "../../../src/conflicts/graph/shared-features.js";

const matcher = placeMatcher(loadGazetteer());

test("gazetteer names match on word boundaries in Latin scripts and as substrings in Chinese", () => {
  assert.deepEqual([...matcher.direct("Talks in Genève and Brussels; Parisian cafés; the UN met.")].sort(), [
    "BE-BRU",
    "CH-GVA",
    "UN",
  ]);
  assert.deepEqual([...matcher.direct("外交部发言人就美国和台湾问题答记者问")].sort(), ["TW", "US"]);
});

test("a capital or region also counts as its country (nearby places)", () => {
  assert.deepEqual([...matcher.withCountries("Rain in Berlin")].sort(), ["DE", "DE-BER"]);
});

test("shared-feature links weigh rare features more, skip ubiquitous ones and stay inside a group", () => {
  const features = new Map([
    ["a", new Set(["CN", "CH-GVA"])],
    ["b", new Set(["CN", "CH-GVA"])],
    ["c", new Set(["CN"])],
    ["d", new Set(["CN", "CH-GVA"])],
  ]);
  const links = sharedFeatureLinks(features, (article) => (article === "d" ? "other nation" : "nation"), {
    k: 5,
    minimumScore: 0,
    maximumDocumentShare: 0.9,
  });
  assert.deepEqual(
    links.map((link) => [link.source, link.target, link.shared]),
    [["a", "b", ["CH-GVA"]]],
  );
});
