// The benches' GraphQL client: node:http with a keep-alive agent per simulated client, each bound to its own
// loopback source address (127.0.0.N), so the server sees N different clients as it would N users on N machines
// (its admission limits are per remote address). Also starts the API server in a child process.
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";

export interface Reply {
  status: number;
  body: string;
  milliseconds: number;
}

export class BenchClient {
  private readonly agent: Agent;

  constructor(
    private readonly url: string,
    localAddress: string,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
  }

  /** POSTs one GraphQL request (`body` as sent: `{query, variables}` or a raw document) and times it. */
  post(body: unknown, token?: string): Promise<Reply> {
    const text = JSON.stringify(body);
    const target = new URL(this.url);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          agent: this.agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(text),
            ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString("utf8"),
              milliseconds: performance.now() - started,
            }),
          );
          response.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(text);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The loopback source address of simulated client `index` (127.0.0.2, 127.0.0.3, …). */
export const clientAddress = (index: number): string => `127.0.0.${2 + (index % 250)}`;

/** Starts bench/api/serve-child.ts with `environment` and resolves with its base URL once it listens. */
export async function startServerChild(environment: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/api/serve-child.ts"], {
    env: { ...process.env, ...environment },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /graphql\s+(http:\/\/\S+)\/graphql/.exec(chunk.toString());
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`the API server exited with ${code}`)));
  });
  return { url, child };
}

/** The value at `share` (0..1) of ascending `sorted` latencies. */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}
