import { throwIfAborted, untilAborted } from "./signals.js";
import { discard, type Attempt } from "./timeout.js";

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

/** Waits `ms`, or rejects with a signal's reason as soon as one aborts (and stops the timer). */
export function sleep(ms: number, signals: readonly AbortSignal[]): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return untilAborted(
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
    signals,
  ).finally(() => clearTimeout(timer));
}

/**
 * A request sent with retries, ended by any of `signals` (the caller's and the client's);
 * `idempotent` defaults to "not a POST".
 */
export type Send = (
  request: Request,
  signals: readonly AbortSignal[],
  idempotent?: boolean,
) => Promise<Response>;

// Connection failures where the request certainly never reached the server: safe to re-send
// even a POST.
const wasNotSent = (error: unknown) =>
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT)$/.test(
    (error as { cause?: { code?: string } } | undefined)?.cause?.code!,
  );

/**
 * Sends `request` with `attempt` again after 429/502/503/504 and network errors, waiting for the
 * `Retry-After` or a jittered backoff, within `policy`. A POST is re-sent only after a 429 or a
 * failure to connect. When no retry is left, a response is returned and an error is turned into
 * `fail(error, attempts)`. Any of `signals` ends it all with its reason.
 */
export function withRetry(
  attempt: Attempt,
  policy: RetryPolicy | null,
  fail: (request: Request, error: unknown, attempts: number) => Error,
): Send {
  return async (request, signals, idempotent = request.method !== "POST") => {
    const started = Date.now();
    for (let retries = 0; ; retries++) {
      throwIfAborted(signals);
      let response: Response | undefined;
      let error: unknown;
      try {
        response = await attempt(request, signals, retries + 1);
      } catch (thrown) {
        error = thrown;
      }
      throwIfAborted(signals);

      let delay: number | undefined;
      if (!policy || retries >= policy.maxRetries) {
        // no retry left
      } else if (response) {
        const { status, headers } = response;
        // A 5xx does not say whether a POST took effect; a 429 says it did not.
        if (isRetryableStatus(status) && (idempotent || status === 429)) {
          delay = parseRetryAfter(headers.get("retry-after")) ?? backoffDelay(policy, retries);
        }
      } else if (idempotent || wasNotSent(error)) {
        delay = backoffDelay(policy, retries);
      }
      if (delay === undefined || Date.now() - started + delay > policy!.maxElapsedMs) {
        if (response) return response;
        throw fail(request, error, retries + 1);
      }
      if (response) discard(response);
      await sleep(delay, signals);
    }
  };
}
