// Per-client admission of GraphQL requests, so one caller cannot take the whole Neo4j driver pool: each client
// (remote address) runs at most `perClientConcurrency` requests at once, may have `perClientQueue` more waiting
// (beyond that: 429), and all clients together run at most `totalConcurrency`. Freed slots go to the waiting
// clients in turn (round robin), so a client with a long queue does not delay one that sends a single request.

export interface AdmissionLimits {
  perClientConcurrency: number;
  perClientQueue: number;
  totalConcurrency: number;
}

interface Client {
  running: number;
  waiting: (() => void)[];
}

export type Release = () => void;

export class Admission {
  private readonly clients = new Map<string, Client>();
  private running = 0;

  constructor(private readonly limits: AdmissionLimits) {}

  /** A slot for `client` (call the release when done), or undefined when its queue is full. */
  enter(client: string): Promise<Release> | undefined {
    const state = this.clients.get(client) ?? { running: 0, waiting: [] };
    this.clients.set(client, state);
    if (state.waiting.length >= this.limits.perClientQueue) return undefined;
    return new Promise<Release>((resolve) => {
      state.waiting.push(() => resolve(this.releaser(client, state)));
      this.dispatch();
    });
  }

  /** Requests running and waiting now (for tests and the abuse bench). */
  load(): { running: number; waiting: number } {
    let waiting = 0;
    for (const state of this.clients.values()) waiting += state.waiting.length;
    return { running: this.running, waiting };
  }

  private releaser(client: string, state: Client): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.running -= 1;
      this.running -= 1;
      if (state.running === 0 && state.waiting.length === 0) this.clients.delete(client);
      this.dispatch();
    };
  }

  private dispatch(): void {
    let started = true;
    while (started && this.running < this.limits.totalConcurrency) {
      started = false;
      for (const [client, state] of [...this.clients]) {
        if (this.running >= this.limits.totalConcurrency) break;
        if (state.waiting.length === 0 || state.running >= this.limits.perClientConcurrency) continue;
        const start = state.waiting.shift() as () => void;
        state.running += 1;
        this.running += 1;
        this.clients.delete(client);
        this.clients.set(client, state);
        start();
        started = true;
      }
    }
  }
}
