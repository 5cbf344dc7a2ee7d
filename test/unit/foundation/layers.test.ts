// The layers hold (issue 11): settings from the environment only in src/config; model calls only through src/llm;
// models never import a stage; stages never test a backend's class; only the stage kernel writes Run records;
// production code never loads test queries and production query folders hold none; the demo replays no command
// lines; no runtime import cycles among src, ingest and ui/src (test/support/import-cycles.ts, the same rule as
// /work/shared/tools/import-cycles.mjs).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fromRepository, repositoryRoot } from "../../../src/config/paths.js";
import { importCycles } from "../../support/import-cycles.js";

function files(folder: string, extension: string): string[] {
  return readdirSync(fromRepository(folder), { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(extension))
    .map((path) => join(folder, path));
}

const sources = files("src", ".ts").map((path) => ({ path, text: readFileSync(fromRepository(path), "utf8") }));
const offending = (pattern: RegExp, allowed: (path: string) => boolean) =>
  sources.filter((file) => !allowed(file.path) && pattern.test(file.text)).map((file) => file.path);

test("the environment is read only in src/config", () => {
  assert.deepEqual(
    offending(/process\.env\b/, (path) => path.startsWith("src/config/")),
    [],
  );
});

test("no model is called and no prompt is filled outside src/llm and src/models", () => {
  assert.deepEqual(
    offending(/\.complete\(|fillTemplate/, (path) => path.startsWith("src/llm/") || path.startsWith("src/models/")),
    [],
  );
});

test("models import no stage, and stages test no backend's class", () => {
  const stageFolders = "topics|statements|conflicts|evaluation|ingest|export|api|cli|demo|pipeline|kernel|runs";
  const importsStage = new RegExp(`from "\\.\\./\\.\\./(${stageFolders})/`);
  assert.deepEqual(
    offending(importsStage, (path) => !path.startsWith("src/models/")),
    [],
  );
  assert.deepEqual(
    offending(/instanceof (HashedNgram|Transformers|OpenAi|Llama|Onnx|Fake)\w*/, (path) =>
      path.startsWith("src/models/"),
    ),
    [],
  );
});

test("only the stage kernel starts and finishes Runs", () => {
  assert.deepEqual(
    offending(/\b(startRun|finishRun)\(/, (path) => path.startsWith("src/kernel/") || path.startsWith("src/runs/")),
    [],
  );
});

test("production code loads no test query, and production query folders hold none", () => {
  assert.deepEqual(
    offending(/["']testing\//, () => false),
    [],
  );
  const misplaced = files("cypher", ".cypher").filter(
    (path) =>
      !path.startsWith("cypher/testing/") &&
      /\/(tests?|testing|fixtures?|bench)\/|\/(test|bench|fixture|smoke)-[^/]*$/.test(path),
  );
  assert.deepEqual(misplaced, []);
});

test("the demo is typed code: no command lines are replayed", () => {
  assert.deepEqual(
    offending(/\bargv\b|parseAsync|createProgram/, (path) => !path.startsWith("src/demo/")),
    [],
  );
});

test("no runtime import cycles among src, ingest and ui/src", () => {
  const cycles = importCycles(["src", "ingest", "ui/src"].map((folder) => fromRepository(folder))).map((cycle) =>
    cycle.map((file) => relative(repositoryRoot, file)).join(" <-> "),
  );
  assert.deepEqual(cycles, []);
});
