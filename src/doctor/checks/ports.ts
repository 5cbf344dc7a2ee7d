// The ports navab listens on: the embedded Neo4j's Bolt port (NAVAB_NEO4J_PORT) and the API's default port
// (`navab serve --port`, 4000). A port held by another program makes `db start` or `serve` fail.
import type { DoctorCheck, Finding } from "../check.js";

export const API_PORT = 4000;

export const portsCheck: DoctorCheck = {
  id: "ports",
  async run({ settings, probes }) {
    const findings: Finding[] = [];
    if (settings.database.embedded) {
      const port = settings.embeddedServer.port;
      const server = probes.embeddedServer(settings);
      const open = await probes.portOpen(port);
      findings.push(
        server.running
          ? open
            ? { title: "Bolt port", status: "ok", detail: `${port}: the embedded Neo4j (pid ${server.pid}) listens` }
            : {
                title: "Bolt port",
                status: "fail",
                detail: `${port}: the embedded Neo4j (pid ${server.pid}) runs but does not listen`,
                fix: "npx navab db stop && npx navab db start",
              }
          : open
            ? {
                title: "Bolt port",
                status: "fail",
                detail: `${port} is taken by another program`,
                fix: "set NAVAB_NEO4J_PORT to a free port (e.g. 7690)",
              }
            : { title: "Bolt port", status: "ok", detail: `${port} is free for the embedded Neo4j` },
      );
    }
    const apiOpen = await probes.portOpen(API_PORT);
    findings.push(
      apiOpen
        ? {
            title: "API port",
            status: "warn",
            detail: `${API_PORT} is in use (a running navab serve, or another program)`,
            fix: "npx navab serve --port 4100",
          }
        : { title: "API port", status: "ok", detail: `${API_PORT} is free for navab serve` },
    );
    return findings;
  },
};
