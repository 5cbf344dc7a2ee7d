// One bound on requests in flight per endpoint and process: every OpenAI-compatible chat model of one base URL
// shares a limiter, so stages (or a chat model and its judge) running at once never send more than the bound to
// one server (vLLM, llama.cpp server, OpenAI), whatever each stage's own item concurrency is.
export class RequestLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** The most requests that were in flight at once (for tests and benchmarks). */
  peak = 0;

  constructor(private bound: number) {}

  get limit(): number {
    return this.bound;
  }

  /** A new bound: a higher one starts waiting requests now, a lower one applies as requests finish. */
  setLimit(bound: number): void {
    this.bound = bound;
    while (this.active < this.bound && this.waiting.length > 0) {
      this.active += 1;
      (this.waiting.shift() as () => void)();
    }
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    // A waiter is woken with the slot of the request that finished (active is not decremented in between).
    if (this.active >= this.bound) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    this.peak = Math.max(this.peak, this.active);
    try {
      return await work();
    } finally {
      const next = this.active <= this.bound ? this.waiting.shift() : undefined;
      if (next === undefined) this.active -= 1;
      else next();
    }
  }
}

const limiters = new Map<string, RequestLimiter>();

/** The limiter of an endpoint in this process; a later, different bound replaces the earlier one. */
export function endpointLimiter(endpoint: string, bound: number): RequestLimiter {
  const existing = limiters.get(endpoint);
  if (existing === undefined) {
    const limiter = new RequestLimiter(bound);
    limiters.set(endpoint, limiter);
    return limiter;
  }
  if (existing.limit !== bound) existing.setLimit(bound);
  return existing;
}
