/** How failed requests are retried. Every field is optional; see the defaults below. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3, so at most 4 requests). */
  maxRetries?: number | undefined;
  /** First backoff step; step n waits a random time in [0, baseDelayMs * 2^n) (default 500). */
  baseDelayMs?: number | undefined;
  /** Upper bound of one backoff wait (default 20 000). A `Retry-After` may ask for longer. */
  maxDelayMs?: number | undefined;
  /**
   * Upper bound of the whole call including waits (default 60 000): no retry starts whose wait
   * would end after it; the last response or error is returned instead.
   */
  maxElapsedMs?: number | undefined;
}

export type RetryPolicy = { readonly [K in keyof RetryOptions]-?: number };

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxElapsedMs: 60_000,
};

/** Statuses that mean "try again later": rate limited, or a gateway/service hiccup. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

export function resolveRetryPolicy(option: RetryOptions | false | undefined): RetryPolicy | null {
  if (option === false) return null;
  const policy = { ...defaultRetryPolicy };
  for (const key of Object.keys(policy) as (keyof RetryPolicy)[]) {
    const value = option?.[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value >= 0)) {
      throw new TypeError(`retry.${key} must be a number >= 0`);
    }
    policy[key] = value;
  }
  return policy;
}

/**
 * A `Retry-After` header value in milliseconds: delay-seconds or an HTTP date (RFC 9110 10.2.3).
 * Undefined when absent or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; this also keeps Date.parse from reading "-5" as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^retry)). */
export function backoffDelay(policy: RetryPolicy, retry: number, random = Math.random): number {
  return random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
