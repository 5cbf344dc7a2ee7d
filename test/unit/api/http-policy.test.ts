import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  allowedHosts,
  CYTOSCAPE_CONTAINER_STYLE,
  hostAllowed,
  SECURITY_HEADERS,
} from "../../../src/api/http-policy.js";

test("loopback names, the listening address and configured names are served; others are not", () => {
  const hosts = allowedHosts("127.0.0.1", ["navab.lab.example"]);
  for (const header of [
    "127.0.0.1:4103",
    "localhost:4103",
    "LOCALHOST",
    "[::1]:4103",
    "navab.lab.example:80",
    "app.localhost:1",
  ]) {
    assert.equal(hostAllowed(header, hosts), true, header);
  }
  for (const header of ["evil.example", "evil.example:4103", "127.0.0.1.evil.example", "", undefined]) {
    assert.equal(hostAllowed(header, hosts), false, String(header));
  }
  assert.equal(hostAllowed("10.0.0.5:4000", allowedHosts("10.0.0.5")), true, "the address it listens on");
  assert.equal(hostAllowed("0.0.0.0:4000", allowedHosts("0.0.0.0")), false, "a wildcard is not a name");
});

test("the CSP allows only this server's scripts, styles and fetches and no framing", () => {
  const policy = SECURITY_HEADERS["content-security-policy"] ?? "";
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self'(;|$)/);
  assert.match(policy, /frame-ancestors 'none'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:/);
  assert.equal(SECURITY_HEADERS["x-frame-options"], "DENY");
});

test("the one inline style the CSP allows is the one cytoscape writes (a cytoscape upgrade that changes it fails here)", () => {
  const entry = createRequire(import.meta.url).resolve("cytoscape");
  const bundle = readFileSync(join(dirname(entry), "cytoscape.esm.mjs"), "utf8");
  const [selector, body] = CYTOSCAPE_CONTAINER_STYLE.split(" { ");
  assert.ok(bundle.includes(`var className = '${(selector ?? "").slice(1)}';`));
  assert.ok(bundle.includes(`' { ${body}`));
});
