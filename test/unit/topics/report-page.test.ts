import assert from "node:assert/strict";
import { test } from "node:test";
import { renderReportPage } from "../../../src/topics/report/report-page.js";
import { reportFileName } from "../../../src/topics/report/write-reports.js";

test("the page is self-contained: inline SVG, grey outliers, escaped labels, outlier shares", () => {
  const html = renderReportPage({
    scope: "GB/bbc",
    runId: "run-1",
    embeddingModel: "hashed-ngram-v1",
    minClusterSize: 10,
    outlierShareBefore: 0.4,
    outlierShareAfter: 0.25,
    points: [
      { x: 0, y: 0, topic: 0, title: "a <b>" },
      { x: 1, y: 1, topic: -1, title: "noise" },
      { x: 2, y: 0, topic: 1, title: "c" },
    ],
    topics: [
      {
        rank: 0,
        method: "hdbscan",
        label: "Sport & <games>",
        labelSource: "llm",
        keywords: ["goal", "match"],
        size: 1,
      },
      { rank: 1, method: "instag", label: "Trade", labelSource: "instag", keywords: ["tariff"], size: 1 },
    ],
  });
  assert.match(html, /<svg[^>]*>/);
  assert.doesNotMatch(html, /<script|https?:\/\/(?!www\.w3\.org)/);
  assert.match(html, /fill="#c8c8c8"/);
  assert.match(html, /Sport &amp; &lt;games&gt;/);
  assert.match(html, /a &lt;b&gt;/);
  assert.match(html, /40\.0%<\/strong> after HDBSCAN, <strong>25\.0%<\/strong> after InsTag/);
  assert.match(html, /goal, match/);
});

test("report file names are safe for any scope key", () => {
  assert.equal(
    reportFileName("*/Ministry of Foreign Affairs (China)"),
    "topics-all_Ministry_of_Foreign_Affairs_China_.html",
  );
});

test("the page says what InsTag did: rounds, outliers joined by tag and by the nearest tag topic, merges, why it stopped", () => {
  const round = {
    taggedDocuments: 16,
    documentsWithTags: 15,
    droppedTags: 1,
    failedBatches: 0,
    newTopics: 2,
    outliersAfter: 100,
  };
  const html = renderReportPage({
    scope: "CN",
    runId: "run-2",
    embeddingModel: "hashed-ngram-v1",
    minClusterSize: 10,
    outlierShareBefore: 0.4,
    outlierShareAfter: 0.1,
    instag: {
      rounds: [
        { ...round, round: 1, assignedByTag: 9, assignedByNearest: 120 },
        { ...round, round: 2, assignedByTag: 3, assignedByNearest: 30 },
      ],
      merges: [
        {
          round: 1,
          tags: ["trade tariffs", "tariffs on trade"],
          basis: "tag embeddings",
          similarity: 0.8,
          merged: true,
          reason: "x",
        },
      ],
      stoppedBecause: "target outlier share reached",
      seconds: 42.5,
    },
    points: [],
    topics: [],
  });
  assert.match(
    html,
    /InsTag: 2 round\(s\), 32 outliers tagged; 12 joined a tag topic by their tags, 150 by the nearest tag topic; 1 of 1 similar-tag groups merged; stopped: target outlier share reached \(42\.5 s\)/,
  );
});
