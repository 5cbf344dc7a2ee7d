// Issue 12 item 1, the password: the embedded server's password is generated once, kept in NAVAB_HOME/neo4j/password
// with mode 0600, and used by every navab process without configuration; NEO4J_USER/NEO4J_PASSWORD apply only to
// an external server (NEO4J_URI).
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { embeddedPasswordFile } from "../../src/config/embedded-password.js";
import { loadSettings } from "../../src/config/settings.js";
import { ServerStartError } from "../../src/database/errors.js";
import { storePassword } from "../../src/database/server/password-file.js";
import { openTestDatabase } from "../support/database.js";

const home = mkdtempSync(join(tmpdir(), "navab-password-"));
mkdirSync(join(home, "neo4j"));
const file = embeddedPasswordFile(home);
after(() => rmSync(home, { recursive: true, force: true }));

const mode = (path: string): number => statSync(path).mode & 0o777;

test("without a password file, each settings load proposes a fresh 256-bit password and writes nothing", () => {
  const first = loadSettings({ NAVAB_HOME: home }).database;
  const second = loadSettings({ NAVAB_HOME: home }).database;
  assert.equal(first.user, "neo4j");
  assert.match(first.password, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(first.password, second.password);
  assert.throws(() => statSync(file), /ENOENT/);
});

test("the first start stores it with mode 0600; later loads read it; another value is refused", () => {
  const proposed = loadSettings({ NAVAB_HOME: home, NEO4J_USER: "ignored", NEO4J_PASSWORD: "ignored" }).database;
  storePassword(file, proposed.password);
  assert.equal(mode(file), 0o600);
  assert.equal(loadSettings({ NAVAB_HOME: home }).database.password, proposed.password);
  assert.equal(proposed.user, "neo4j", "NEO4J_USER does not apply to the embedded server");
  storePassword(file, proposed.password);
  assert.throws(() => storePassword(file, "another-password-entirely"), ServerStartError);
  chmodSync(file, 0o644);
  storePassword(file, proposed.password);
  assert.equal(mode(file), 0o600, "a loosened mode is tightened again");
  writeFileSync(file, "");
  storePassword(file, proposed.password);
  assert.equal(readFileSync(file, "utf8").trim(), proposed.password, "an emptied file is filled again");
});

test("with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are used as given", () => {
  const database = loadSettings({
    NAVAB_HOME: home,
    NEO4J_URI: "bolt://db.example:7687",
    NEO4J_USER: "navab",
    NEO4J_PASSWORD: "from-the-environment",
  }).database;
  assert.deepEqual([database.user, database.password, database.embedded], ["navab", "from-the-environment", false]);
});

test("the running embedded server's password file exists with mode 0600", async (context) => {
  const settings = loadSettings();
  if (!settings.database.embedded) return context.skip("NEO4J_URI is set");
  await (await openTestDatabase()).close();
  const stored = embeddedPasswordFile(settings.home);
  assert.equal(mode(stored), 0o600);
  assert.equal(readFileSync(stored, "utf8").trim(), settings.database.password);
});
