import { errorResponse, type MockResponse } from "./errors.js";
import { createPrng, type Prng } from "./prng.js";

export interface FaultOptions {
  /** Every Nth API request is answered 429 `too.many.requests` with `Retry-After`. */
  rateLimitEvery?: number;
  /** The `Retry-After` seconds of 429 and 503 answers. Default 1. */
  retryAfterSeconds?: number;
  /** The share of API requests (0 to 1) answered 503 `service.unavailable`, picked by a seeded PRNG. */
  errorRate?: number;
  /** Delay before every API request is answered, in milliseconds. */
  latencyMs?: number;
  /** Seed of the PRNG that picks the 503s. Default 1. */
  errorSeed?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Injects latency, rate limiting and server errors, deterministically. */
export class FaultInjector {
  #options: FaultOptions = {};
  #requests = 0;
  #prng: Prng = createPrng(1);

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  /** Replaces the fault settings and restarts the request count and the PRNG. */
  set(options: FaultOptions): void {
    for (const [name, value] of Object.entries(options)) {
      if (value !== undefined && (typeof value !== "number" || !(value >= 0))) {
        throw new RangeError(`faults.${name} must be a number >= 0, not ${String(value)}`);
      }
    }
    if ((options.errorRate ?? 0) > 1) throw new RangeError("faults.errorRate must be at most 1");
    this.#options = { ...options };
    this.#requests = 0;
    this.#prng = createPrng(options.errorSeed ?? 1);
  }

  /** Waits the configured latency; then undefined to go on, or the fault response to send. */
  async before(): Promise<MockResponse | undefined> {
    const { rateLimitEvery, retryAfterSeconds = 1, errorRate, latencyMs } = this.#options;
    if (latencyMs) await sleep(latencyMs);
    this.#requests += 1;
    const retryAfter = { "retry-after": String(retryAfterSeconds) };
    if (rateLimitEvery && this.#requests % rateLimitEvery === 0) {
      const allowed = rateLimitEvery - 1;
      const response = errorResponse(
        429,
        "too.many.requests",
        `Rate limit exceeded the maximum [${allowed}] requests within [${retryAfterSeconds}] seconds`,
        { headers: retryAfter },
      );
      Object.assign(response.body as object, {
        limit: { key: "requests.per.interval", namespace: "platform.api", value: allowed },
      });
      return response;
    }
    if (errorRate && this.#prng.next() < errorRate) {
      return errorResponse(
        503,
        "service.unavailable",
        "The service is temporarily unavailable (injected fault).",
        {
          headers: retryAfter,
        },
      );
    }
    return undefined;
  }
}
