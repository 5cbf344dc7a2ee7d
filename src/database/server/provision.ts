// Fetches the embedded Neo4j's jars from Maven Central (via mvn) and compiles the launcher, once per version.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { embeddedPasswordFile } from "../../config/embedded-password.js";
import { fromRepository } from "../../config/paths.js";
import { ServerStartError } from "../errors.js";

export interface ServerLayout {
  root: string;
  lib: string;
  plugins: string;
  classes: string;
  data: string;
  /** LOAD CSV's file root: kept empty, and file URLs are off anyway. */
  importFolder: string;
  logFile: string;
  pidFile: string;
  passwordFile: string;
}

const sourceFolder = fromRepository("src", "database", "server");

/** The folders of the embedded server under the navab home. */
export function serverLayout(home: string): ServerLayout {
  const root = join(home, "neo4j");
  return {
    root,
    lib: join(root, "lib"),
    plugins: join(root, "plugins"),
    classes: join(root, "classes"),
    data: join(root, "data"),
    importFolder: join(root, "import"),
    logFile: join(root, "server.log"),
    pidFile: join(root, "server.pid"),
    passwordFile: embeddedPasswordFile(home),
  };
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.error) throw new ServerStartError(`${what}: cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new ServerStartError(`${what} failed (exit ${result.status}):\n${output}`);
  }
}

/** True when `stamp` records `wanted` (the sources a step was last done from); see `provisionServer` for `prefix`. */
function upToDate(stamp: string, wanted: string, prefix = false): boolean {
  if (!existsSync(stamp)) return false;
  const recorded = readFileSync(stamp, "utf8");
  return prefix ? recorded.startsWith(wanted) : recorded === wanted;
}

/**
 * Makes sure jars and the compiled launcher exist; says what it had to do (undefined: nothing). The jars are
 * fetched again only when pom.xml changed; a launcher change only recompiles (seconds, not a Maven download).
 * Stamps written before the two steps were split hold pom.xml followed by the launcher, hence the prefix test.
 */
export function provisionServer(layout: ServerLayout): string | undefined {
  const pom = join(sourceFolder, "pom.xml");
  const javaSources = ["Launcher.java", "InitialPassword.java"].map((name) => join(sourceFolder, name));
  const jarsStamp = join(layout.root, "provisioned.stamp");
  const classesStamp = join(layout.root, "compiled.stamp");
  const wantedJars = readFileSync(pom, "utf8");
  const wantedClasses = wantedJars + javaSources.map((file) => readFileSync(file, "utf8")).join("");
  const jarsReady = upToDate(jarsStamp, wantedJars, true);
  if (jarsReady && upToDate(classesStamp, wantedClasses)) return undefined;
  if (!jarsReady) {
    rmSync(jarsStamp, { force: true });
    rmSync(layout.lib, { recursive: true, force: true });
    rmSync(layout.plugins, { recursive: true, force: true });
    const maven = ["-q", "-B", "-f", pom, "dependency:copy-dependencies"];
    run(
      "mvn",
      [...maven, `-DoutputDirectory=${layout.lib}`, "-DexcludeGroupIds=org.neo4j.procedure"],
      "fetching Neo4j",
    );
    run(
      "mvn",
      [...maven, `-DoutputDirectory=${layout.plugins}`, "-DincludeGroupIds=org.neo4j.procedure"],
      "fetching APOC",
    );
  }
  // Also rewrites a stamp of the older format, so an older navab on this home fetches and compiles its own again.
  writeFileSync(jarsStamp, wantedJars);
  rmSync(classesStamp, { force: true });
  rmSync(layout.classes, { recursive: true, force: true });
  mkdirSync(layout.classes, { recursive: true });
  run("javac", ["-d", layout.classes, "-cp", `${layout.lib}/*`, ...javaSources], "compiling the Neo4j launcher");
  writeFileSync(classesStamp, wantedClasses);
  return jarsReady
    ? "compiled the Neo4j launcher"
    : "fetched Neo4j 5.26 + APOC from Maven Central and compiled the launcher";
}
