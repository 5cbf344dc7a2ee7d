// `navab ingest --dry-run` (issue 17 item 5): the first records as they would land and what would be quarantined and
// why — with no database at all; and URLs kept only as http(s), anything else dropped with its reason recorded.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { checkedUrl, formatPreview, formatSummary, ingestPath } from "../../../src/ingest/index.js";
import { silentProgress } from "../../../src/shared/progress.js";

const folder = mkdtempSync(join(tmpdir(), "navab-dry-run-"));
after(() => rmSync(folder, { recursive: true, force: true }));

test("a dry run previews records and quarantine without any database", async () => {
  const path = join(folder, "news.jsonl");
  const records = [
    {
      content: "Le conseil municipal a voté mardi pour garder la bibliothèque ouverte.",
      headline: "Vote",
      published: "2024-05-01",
      link: "https://example.fr/a",
    },
    { content: "The council met again on Wednesday.", link: "javascript:alert(1)" },
    { headline: "no text here" },
  ];
  writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
  const summary = await ingestPath(
    { path, format: "generic-jsonl", nation: "FR", outlet: "Exemple" },
    { dryRun: true, previewRecords: 5 },
    { progress: silentProgress },
  );
  assert.equal(summary.dryRun, true);
  assert.deepEqual(summary.total, {
    recordsRead: 3,
    articlesNew: 2,
    articlesPresent: 0,
    duplicateRecords: 0,
    quarantined: { "missing-field": 1 },
  });
  const [first, second] = summary.preview.records;
  assert.deepEqual(
    first && [
      first.file,
      first.position,
      first.title,
      first.date,
      first.url,
      first.language,
      first.nation,
      first.outlet,
    ],
    ["news.jsonl", "line:1", "Vote", "2024-05-01", "https://example.fr/a", "fr", "FR", "Exemple"],
  );
  assert.deepEqual(second && [second.url, second.urlDropped], [
    null,
    'the scheme "javascript:" is not http: or https:',
  ]);
  assert.deepEqual(
    summary.preview.quarantined.map((entry) => `${entry.position} ${entry.reason}`),
    ["line:3 missing-field"],
  );
  const printed = [...formatPreview(summary.preview), ...formatSummary(summary)].join("\n");
  assert.match(printed, /url +\(dropped: the scheme "javascript:" is not http: or https:\)/);
  assert.match(printed, /dry run, nothing written/);
  assert.match(printed, /note: news\.jsonl: text from field "content" \(guessed; 2 of 3 records\)/);
});

test("a real run without a database is refused with what to do", async () => {
  const path = join(folder, "x.jsonl");
  writeFileSync(path, '{"text": "x"}\n');
  await assert.rejects(
    ingestPath({ path, format: "generic-jsonl" }, {}, { progress: silentProgress }),
    /ingest: no database given; connect one, or use a dry run/,
  );
});

test("URLs: only absolute http(s) kept (as WHATWG serializes them); others dropped with the reason", () => {
  assert.deepEqual(checkedUrl(" https://example.com/a b "), { url: "https://example.com/a%20b", dropped: null });
  assert.deepEqual(checkedUrl("HTTP://Example.com"), { url: "http://example.com/", dropped: null });
  for (const [url, reason] of [
    ["javascript:alert(1)", /"javascript:" is not http/],
    [" JavaScript:alert(1)", /"javascript:" is not http/],
    ["data:text/html,<script>alert(1)</script>", /"data:" is not http/],
    ["file:///etc/passwd", /"file:" is not http/],
    ["/relative/path", /not an absolute URL/],
  ] as const)
    assert.match(checkedUrl(url).dropped ?? "", reason, url);
  assert.deepEqual(checkedUrl(undefined), { url: null, dropped: null });
});
