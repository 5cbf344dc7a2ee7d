import assert from "node:assert/strict";
import { test } from "node:test";
import { redactPaths } from "../../../src/api/path-redaction.js";

test("absolute paths become …/<name>; relative paths and URLs stay", () => {
  assert.equal(redactPaths("/home/alice/corpora/uk-bbc/001.txt"), "…/001.txt");
  assert.equal(
    redactPaths('{"root":"/work/wt/shared/corpora","folders":["uk-bbc"]}'),
    '{"root":"…/corpora","folders":["uk-bbc"]}',
  );
  assert.equal(redactPaths("cannot read C:\\Users\\bob\\corpus\\a.csv: denied"), "cannot read …/a.csv: denied");
  assert.equal(redactPaths("uk-bbc/business/001.txt"), "uk-bbc/business/001.txt");
  assert.equal(redactPaths("see https://example.org/a/b/c and ./x/y"), "see https://example.org/a/b/c and ./x/y");
});
