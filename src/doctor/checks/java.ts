// Java 17+ runs the embedded Neo4j 5.26 (only needed when NEO4J_URI is unset).
import { versionAtLeast, type DoctorCheck } from "../check.js";

const fix = "apt-get install -y openjdk-17-jdk-headless (or any JDK 17+ on PATH)";

/** The Java feature version from `java -version` output: `version "17.0.2"` → 17, `version "1.8.0_392"` → 8. */
export function javaFeatureVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (match === null) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

export const javaCheck: DoctorCheck = {
  id: "java",
  async run({ settings, probes }) {
    const needed = settings.database.embedded;
    const result = await probes.run("java", ["-version"]);
    const version = result === undefined ? undefined : javaFeatureVersion(result.output);
    if (version === undefined)
      return [
        needed
          ? { title: "Java", status: "fail", detail: "java not found; the embedded Neo4j needs Java 17+", fix }
          : { title: "Java", status: "ok", detail: "not found; not needed (NEO4J_URI points at an external server)" },
      ];
    if (!versionAtLeast(String(version), [17]))
      return [{ title: "Java", status: needed ? "fail" : "ok", detail: `Java ${version}; Neo4j 5.26 needs 17+`, fix }];
    return [{ title: "Java", status: "ok", detail: `Java ${version}` }];
  },
};
