// The API server alone, for the load bench's child process (independent of the other CLI command groups):
// prints `graphql <url>/graphql` once listening, stops on SIGTERM.
import { startApiServer } from "../../src/api/index.js";
import { loadSettings } from "../../src/config/settings.js";

const server = await startApiServer(loadSettings(), { port: 0 });
process.stdout.write(`graphql ${server.pages.graphql}\n`);
process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
