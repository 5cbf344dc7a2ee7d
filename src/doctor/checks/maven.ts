// Maven fetches the embedded Neo4j and APOC jars from Maven Central the first time (NEO4J_URI unset).
import type { DoctorCheck } from "../check.js";

export const mavenCheck: DoctorCheck = {
  id: "maven",
  async run({ settings, probes }) {
    const result = await probes.run("mvn", ["-B", "-v"]);
    const version = /Apache Maven (\S+)/.exec(result?.output ?? "")?.[1];
    if (version !== undefined) return [{ title: "Maven", status: "ok", detail: `Apache Maven ${version}` }];
    if (!settings.database.embedded)
      return [{ title: "Maven", status: "ok", detail: "not found; not needed (external Neo4j)" }];
    return [
      {
        title: "Maven",
        status: "fail",
        detail: "mvn not found; the embedded Neo4j's jars are fetched with it",
        fix: "apt-get install -y maven",
      },
    ];
  },
};
