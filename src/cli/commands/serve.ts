// `navab serve [--port 4000] [--host 127.0.0.1]`: the GraphQL API, sandbox and auditor UI until Ctrl-C;
// `navab serve --token-for <reviewer>` prints a reviewer JWT signed with NAVAB_JWT_SECRET instead.
import type { Command } from "commander";
import { signToken, startApiServer } from "../../api/index.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";

interface ServeOptions {
  port: string;
  host: string;
  tokenFor?: string;
  tokenHours: string;
  allowedHost?: string[];
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InputError(`--port must be 0..65535, not '${text}'`);
  return port;
}

export function registerServeCommands(program: Command, context: CliContext): void {
  program
    .command("serve")
    .description("serve the GraphQL API (/graphql), the offline sandbox and the auditor UI")
    .option("--port <port>", "TCP port (0 picks a free one)", "4000")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--allowed-host <name...>", "also answer for this Host name (loopback and the --host address always are)")
    .option("--token-for <reviewer>", "print a reviewer JWT for this name (needs NAVAB_JWT_SECRET) and exit")
    .option("--token-hours <hours>", "lifetime of the printed token (at most 24)", "12")
    .action(async (options: ServeOptions) => {
      if (options.tokenFor !== undefined) {
        const hours = Number(options.tokenHours);
        if (!(hours > 0)) throw new InputError(`--token-hours must be a positive number, not '${options.tokenHours}'`);
        const secret = context.settings().jwtSecret;
        if (secret === undefined) throw new InputError("set NAVAB_JWT_SECRET to sign reviewer tokens");
        context.print(await signToken(secret, options.tokenFor, Math.round(hours * 3600)));
        return;
      }
      const server = await startApiServer(
        context.settings(),
        { port: parsePort(options.port), host: options.host, allowedHosts: options.allowedHost ?? [] },
        context.log,
      );
      for (const [name, url] of Object.entries(server.pages)) context.print(`${name.padEnd(8)} ${url}`);
      if (context.settings().jwtSecret === undefined)
        context.log("NAVAB_JWT_SECRET is unset: the API is read-only (every mutation is refused)");
      await new Promise<void>((resolve) => {
        const stop = () => void server.stop().then(resolve);
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });
}
