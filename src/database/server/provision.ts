// Fetches the embedded Neo4j's jars from Maven Central (via mvn) and compiles the launcher, once per version.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fromRepository } from "../../config/paths.js";
import { ServerStartError } from "../errors.js";

export interface ServerLayout {
  root: string;
  lib: string;
  plugins: string;
  classes: string;
  data: string;
  logFile: string;
  pidFile: string;
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
    logFile: join(root, "server.log"),
    pidFile: join(root, "server.pid"),
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

/** Makes sure jars and the compiled launcher exist; returns true when it had to fetch or compile. */
export function provisionServer(layout: ServerLayout): boolean {
  const pom = join(sourceFolder, "pom.xml");
  const launcher = join(sourceFolder, "Launcher.java");
  const stamp = join(layout.root, "provisioned.stamp");
  const wanted = readFileSync(pom, "utf8") + readFileSync(launcher, "utf8");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return false;
  rmSync(layout.lib, { recursive: true, force: true });
  rmSync(layout.plugins, { recursive: true, force: true });
  rmSync(layout.classes, { recursive: true, force: true });
  mkdirSync(layout.classes, { recursive: true });
  const maven = ["-q", "-B", "-f", pom, "dependency:copy-dependencies"];
  run("mvn", [...maven, `-DoutputDirectory=${layout.lib}`, "-DexcludeGroupIds=org.neo4j.procedure"], "fetching Neo4j");
  run(
    "mvn",
    [...maven, `-DoutputDirectory=${layout.plugins}`, "-DincludeGroupIds=org.neo4j.procedure"],
    "fetching APOC",
  );
  run("javac", ["-d", layout.classes, "-cp", `${layout.lib}/*`, launcher], "compiling the Neo4j launcher");
  writeFileSync(stamp, wanted);
  return true;
}
