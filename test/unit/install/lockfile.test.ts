// The lockfile stays installable with `npm ci` (no network needed to check): the root specs match package.json,
// every dependency of every locked package (optional platform packages included) has a lock entry, and every
// locked package with install scripts has a deliberate allowScripts decision explained in docs/dependencies.md.
// `npm ci` rejected the lockfile before (the @node-rs/jieba and @node-llama-cpp platform packages were missing).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fromRepository } from "../../../src/config/paths.js";

interface LockEntry {
  version?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
}
interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(fromRepository(file), "utf8")) as T;
const manifest = readJson<Manifest>("package.json");
const lock = readJson<{ lockfileVersion: number; packages: Record<string, LockEntry> }>("package-lock.json");

/** Node's resolution: node_modules/a/node_modules/b looks for c in a/node_modules/b/node_modules, a/node_modules, root. */
function resolves(packages: Record<string, LockEntry>, from: string, name: string): boolean {
  let folder = from;
  for (;;) {
    if (packages[`${folder === "" ? "" : `${folder}/`}node_modules/${name}`] !== undefined) return true;
    if (folder === "") return false;
    const cut = folder.lastIndexOf("/node_modules/");
    folder = cut < 0 ? "" : folder.slice(0, cut);
  }
}

/** Every dependency edge of the locked tree that has no lock entry (what `npm ci` reports as "Missing: … from lock file"). */
function missingLockEntries(packages: Record<string, LockEntry>): string[] {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (entry.link === true) continue;
    const edges = {
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...(path === "" ? entry.devDependencies : {}),
    };
    for (const name of Object.keys(edges))
      if (!resolves(packages, path, name)) missing.push(`${name} (needed by ${path || "the root"})`);
  }
  return missing;
}

test("lockfile: version 3 and root specs equal to package.json", () => {
  assert.equal(lock.lockfileVersion, 3);
  const root = lock.packages[""];
  assert.deepEqual(root?.dependencies, manifest.dependencies, "run `npm install` and commit package-lock.json");
  assert.deepEqual(root?.devDependencies, manifest.devDependencies, "run `npm install` and commit package-lock.json");
});

test("lockfile: every dependency of every locked package has an entry (optional platform packages too)", () => {
  assert.deepEqual(missingLockEntries(lock.packages), []);
});

test("lockfile check: a missing optional platform package is reported", () => {
  const packages: Record<string, LockEntry> = {
    "": { dependencies: { tool: "^1.0.0" } },
    "node_modules/tool": { version: "1.0.0", optionalDependencies: { "tool-linux": "1.0.0", "tool-mac": "1.0.0" } },
    "node_modules/tool/node_modules/tool-linux": { version: "1.0.0" },
  };
  assert.deepEqual(missingLockEntries(packages), ["tool-mac (needed by node_modules/tool)"]);
});

test("allowScripts: a decision for every locked package with install scripts, each explained", () => {
  const decisions = manifest.allowScripts ?? {};
  const withScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript === true)
    .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
  assert.ok(withScripts.length > 0);
  const undecided = withScripts.filter((name) => typeof decisions[name] !== "boolean");
  assert.deepEqual(undecided, [], "add each to package.json allowScripts and say why in docs/dependencies.md");
  const explanation = readFileSync(fromRepository("docs", "dependencies.md"), "utf8");
  for (const name of Object.keys(decisions)) assert.ok(explanation.includes(`\`${name}\``), `${name} not explained`);
});
