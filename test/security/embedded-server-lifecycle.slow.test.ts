// A second embedded server in a scratch NAVAB_HOME (slow, NAVAB_SLOW_TESTS=1: two JVM starts): a fresh data folder
// gets the generated password; when the password file is lost while the data is kept, the next start sets the
// new password on the existing neo4j user; a default login is refused throughout. Jars are shared with the real
// home (symlinks), only the launcher is compiled.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSettings, type Settings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { DatabaseAuthenticationError } from "../../src/database/errors.js";
import { openExecutor } from "../../src/database/executor.js";
import { stopServer } from "../../src/database/server/manager.js";
import { serverLayout } from "../../src/database/server/provision.js";

const slow = process.env.NAVAB_SLOW_TESTS === "1";
const home = mkdtempSync(join(tmpdir(), "navab-lifecycle-"));
after(async () => {
  await stopServer(scratchSettings(0)).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
});

let port = 0;
function scratchSettings(chosenPort = port): Settings {
  return loadSettings({
    NAVAB_HOME: home,
    NAVAB_NEO4J_PORT: String(chosenPort || 7),
    NAVAB_NEO4J_HEAP: "512m",
    NAVAB_NEO4J_PAGE_CACHE_MB: "64",
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: chosen } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return chosen;
}

async function connectsWith(settings: Settings, password: string): Promise<boolean> {
  const executor = openExecutor({ ...settings.database, password });
  try {
    await executor.verifyConnectivity();
    return true;
  } catch (error) {
    if (error instanceof DatabaseAuthenticationError) return false;
    throw error;
  } finally {
    await executor.close();
  }
}

test(
  "fresh start, then a lost password file: the next start applies the new one",
  { skip: !slow && "set NAVAB_SLOW_TESTS=1", timeout: 600_000 },
  async () => {
    port = await freePort();
    const real = serverLayout(loadSettings().home);
    const scratch = serverLayout(home);
    mkdirSync(scratch.root, { recursive: true });
    symlinkSync(real.lib, scratch.lib);
    symlinkSync(real.plugins, scratch.plugins);
    copyFileSync(join(real.root, "provisioned.stamp"), join(scratch.root, "provisioned.stamp"));

    const first = scratchSettings();
    await (await connectDatabase(first)).close();
    assert.equal(await connectsWith(first, "neo4j"), false, "the default password is refused");
    await stopServer(first);

    rmSync(scratch.passwordFile);
    const second = scratchSettings();
    assert.notEqual(second.database.password, first.database.password);
    await (await connectDatabase(second)).close();
    assert.equal(await connectsWith(second, first.database.password), false, "the lost password no longer works");
    assert.equal(await connectsWith(second, second.database.password), true);
    await stopServer(second);
  },
);
