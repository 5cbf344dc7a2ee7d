// Attribution: MFA answers keep ingest's spokesperson; other quotes get a stable speaker id; unknown → official.
import assert from "node:assert/strict";
import { test } from "node:test";
import { attribute, sameName } from "../../../src/statements/speakers.js";

const spokesperson = {
  id: "ministry-of-foreign-affairs:wang-wenbin",
  name: "Wang Wenbin",
  organizationId: "ministry-of-foreign-affairs",
};
const nobody = { id: null, name: null, organizationId: null };

test("a spoken text's statement goes to its known speaker", () => {
  const attribution = attribute({ source: "official", speaker: "unknown", organization: "" }, spokesperson);
  assert.equal(attribution.source, "quoted");
  assert.equal(attribution.by, "metadata");
  assert.equal(attribution.speakerId, spokesperson.id);
  assert.equal(
    attribute({ source: "quoted", speaker: "Spokesperson Wang Wenbin", organization: "MFA" }, spokesperson).speakerId,
    spokesperson.id,
  );
});

test("someone else quoted inside a text gets their own speaker and organization ids", () => {
  const attribution = attribute(
    { source: "quoted", speaker: "Antony Blinken", organization: "US State Department" },
    spokesperson,
  );
  assert.deepEqual(
    [attribution.source, attribution.by, attribution.speakerId, attribution.organizationId],
    ["quoted", "llm", "us-state-department:antony-blinken", "us-state-department"],
  );
});

test("no attribution means the outlet's official voice", () => {
  assert.equal(attribute({ source: "quoted", speaker: "unknown", organization: "" }, nobody).source, "official");
  assert.equal(attribute({ source: "official", speaker: "", organization: "" }, nobody).speakerId, null);
  assert.equal(sameName("王毅", "外长王毅"), true);
  assert.equal(sameName("", "x"), false);
});

test("names the model invents, or 'quoted' as a name, do not create speakers", () => {
  const article = "外交部发言人毛宁表示，中方反对单边制裁。";
  assert.equal(
    attribute({ source: "quoted", speaker: "quoted", organization: "" }, nobody, article).source,
    "official",
  );
  assert.equal(attribute({ source: "quoted", speaker: "Qi", organization: "" }, nobody, article).source, "official");
  assert.equal(
    attribute({ source: "quoted", speaker: "毛宁", organization: "" }, nobody, article).speakerId,
    "speaker:毛宁",
  );
  const known = { id: "mfa:mao-ning", name: "毛宁", organizationId: "mfa" };
  assert.equal(
    attribute({ source: "official", speaker: "毛宁", organization: "" }, known, article).speakerId,
    "mfa:mao-ning",
    "an answer's own words stay with its spokesperson",
  );
});
