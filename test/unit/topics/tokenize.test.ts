import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "../../../src/text/tokenization/tokenize.js";

test("French elisions are split off and stopwords dropped", () => {
  const tokens = tokenize("L'économie de l’Europe et l'agriculture d'aujourd'hui: qu'en pense-t-on ?", "fr");
  assert.ok(tokens.includes("économie"));
  assert.ok(tokens.includes("europe"));
  assert.ok(tokens.includes("agriculture"));
  assert.ok(!tokens.some((token) => /^[ld]['’]/.test(token)), tokens.join(" "));
  assert.ok(!tokens.includes("de") && !tokens.includes("et"));
});

test("German compounds stay whole, lower-cased, without stopwords or numbers", () => {
  assert.deepEqual(tokenize("Die Bundesregierung beschloss 2024 das Klimaschutzgesetz.", "de"), [
    "bundesregierung",
    "beschloss",
    "klimaschutzgesetz",
  ]);
});

test("Chinese is segmented by jieba into words; single characters and stopwords are dropped", () => {
  const tokens = tokenize("中方坚决反对美方对台湾地区的军售，我们敦促美方停止干涉中国内政。", "zh-Hans");
  assert.ok(tokens.includes("台湾地区") && tokens.includes("军售") && tokens.includes("内政"), tokens.join(" "));
  assert.ok(tokens.every((token) => [...token].length >= 2));
  assert.ok(!tokens.includes("我们") && !tokens.includes("的"));
});

test("English possessives and reporting boilerplate are removed", () => {
  assert.deepEqual(tokenize("Mr Blair's government said the economy grew.", "en"), [
    "blair",
    "government",
    "economy",
    "grew",
  ]);
});
