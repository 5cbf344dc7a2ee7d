// Database reachability and authentication: the embedded server must be running (navab starts it on demand, the
// doctor only looks), an external NEO4J_URI must answer and accept the credentials, and APOC must be there.
import type { DoctorCheck, Finding } from "../check.js";

export const databaseCheck: DoctorCheck = {
  id: "database",
  async run({ settings, probes }): Promise<Finding[]> {
    const { uri, embedded } = settings.database;
    const title = embedded ? "Neo4j (embedded)" : "Neo4j (NEO4J_URI)";
    if (embedded && !probes.embeddedServer(settings).running)
      return [{ title, status: "fail", detail: `not running (would listen on ${uri})`, fix: "npx navab db start" }];
    const probe = await probes.database(settings);
    if (!probe.reachable) {
      const fix =
        probe.reason === "authentication"
          ? embedded
            ? "npx navab db stop && npx navab db start (the start applies the generated password kept in NAVAB_HOME/neo4j/password)"
            : "set NEO4J_USER and NEO4J_PASSWORD to the server's credentials"
          : embedded
            ? "npx navab db stop && npx navab db start"
            : "check NEO4J_URI, or unset it to use the embedded server (npx navab db start)";
      const what = probe.reason === "authentication" ? "refused the credentials" : "cannot be reached";
      return [{ title, status: "fail", detail: `${uri} ${what}: ${probe.message}`, fix }];
    }
    if (probe.missingApocFunctions.length > 0)
      return [
        {
          title,
          status: "fail",
          detail: `${uri} lacks APOC functions ${probe.missingApocFunctions.join(", ")}`,
          fix: "install APOC Core 5.26 on the server (the embedded server ships it)",
        },
      ];
    return [{ title, status: "ok", detail: `${uri} answers, credentials accepted, APOC present` }];
  },
};
