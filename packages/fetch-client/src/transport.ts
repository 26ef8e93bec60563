import type { TokenSource } from "./auth.js";
import { UsersApiNetworkError, UsersApiTimeoutError } from "./errors.js";
import type { Redactor } from "./redact.js";
import {
  backoffDelay,
  isRetryableStatus,
  parseRetryAfter,
  sleep,
  type RetryPolicy,
} from "./retry.js";

/** A fetch implementation; `globalThis.fetch` fits. */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch: FetchLike;
  retry: RetryPolicy | null;
  /** Per attempt, including reading the body; 0 or Infinity for none. */
  timeoutMs: number;
  /** Aborts every request of the client. */
  signal?: AbortSignal | undefined;
  userAgent?: string | undefined;
  redactor: Redactor;
}

export interface SendOptions {
  /** Add the bearer token (default true). */
  auth?: boolean;
  /** Whether a request that may have reached the server can be sent again (default: not POST). */
  idempotent?: boolean;
}

/** A response whose body has been read (inside the attempt, so within its timeout). */
export interface Reply {
  response: Response;
  body: ArrayBuffer;
}

export interface Transport {
  /** The fetch given to openapi-fetch. */
  fetch(request: Request): Promise<Response>;
  /** A request given by its parts; the fast path of `users.*`. Mutates `headers`. */
  send(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal | undefined,
    options?: SendOptions,
  ): Promise<Reply>;
  /** Set once the token source exists (it sends its own requests through this transport). */
  tokens?: TokenSource | undefined;
}

/** One logical request, sent once per attempt. */
interface Call {
  method: string;
  url: string;
  signal: AbortSignal | undefined;
  setHeader(name: string, value: string): void;
  attempt(signal: AbortSignal | undefined): Promise<Response>;
}

type Attempt = { reply: Reply } | { error: unknown; timedOut: boolean };

// Connection failures where the request certainly never reached the server: safe to re-send
// even a POST.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
]);

function wasNotSent(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === "string" && NOT_SENT_CODES.has(cause.code);
}

function describe(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const inner = cause instanceof Error ? cause : error;
  return inner instanceof Error ? inner.message : String(inner);
}

/** One signal that aborts when either does; `done` removes the listeners. */
function linkSignals(a: AbortSignal | undefined, b: AbortSignal | undefined) {
  if (!a || !b) return { signal: a ?? b, done() {} };
  const controller = new AbortController();
  const fromA = () => controller.abort(a.reason);
  const fromB = () => controller.abort(b.reason);
  if (a.aborted) fromA();
  else if (b.aborted) fromB();
  a.addEventListener("abort", fromA, { once: true });
  b.addEventListener("abort", fromB, { once: true });
  return {
    signal: controller.signal,
    done() {
      a.removeEventListener("abort", fromA);
      b.removeEventListener("abort", fromB);
    },
  };
}

// Node's fetch (undici) links a Request's signal to the one it was built from through a WeakRef:
// a Request nobody holds can be garbage-collected mid-flight, and its abort (our timeout, the
// caller's signal) is then lost. Requests are held here until their call is over.
const inFlight = new Set<Request>();

/**
 * The single fetch wrapper behind every request of a client (typed methods and `users.*`):
 * bearer auth with one refresh and re-send on 401, retries with `Retry-After` or backoff, a
 * per-attempt timeout, and the caller's and the client's abort signals. Bodies are read inside
 * the attempt, so the timeout covers them and a failure while reading can be retried.
 */
export function createTransport(options: TransportOptions): Transport {
  const { fetch: fetchImpl, retry, timeoutMs, userAgent, redactor } = options;
  const hasTimeout = timeoutMs > 0 && Number.isFinite(timeoutMs);

  // Creating an AbortSignal is a large part of what a signal costs Node's fetch, so a controller
  // that was never aborted goes to the next attempt that starts after its own has ended with the
  // body read: requests one after the other may share a signal, as aborting it later does nothing
  // to a finished fetch. Never two attempts at once. Only a few times, because Node's fetch leaves
  // a listener on the signal per request until that request is garbage-collected (and other
  // fetch implementations might keep theirs: EventTarget warns from 11 listeners on).
  let spare: AbortController | undefined;
  let spareUses = 0;
  const MAX_SIGNAL_USES = 8;

  async function attempt(call: Call, signal: AbortSignal | undefined): Promise<Attempt> {
    // Handing fetch a signal has a cost (in Node's fetch too): only do it when one can fire.
    let controller: AbortController | undefined;
    let uses = 1;
    if (spare && (hasTimeout || signal)) {
      controller = spare;
      uses = spareUses + 1;
      spare = undefined;
    } else if (hasTimeout || signal) {
      controller = new AbortController();
    }
    const onAbort = () => controller?.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    let finished = false;
    const timer = hasTimeout
      ? setTimeout(() => {
          timedOut = true;
          controller?.abort(new DOMException(`Timed out after ${timeoutMs} ms`, "TimeoutError"));
        }, timeoutMs)
      : undefined;
    try {
      const response = await call.attempt(controller?.signal);
      const reply = { response, body: await response.arrayBuffer() };
      finished = true;
      return { reply };
    } catch (error) {
      return { error, timedOut };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (finished && controller && !controller.signal.aborted && uses < MAX_SIGNAL_USES) {
        spare = controller;
        spareUses = uses;
      }
    }
  }

  /** The wait before the next attempt, or undefined to stop here. */
  function retryDelay(outcome: Attempt, retries: number, started: number, idempotent: boolean) {
    if (!retry || retries >= retry.maxRetries) return undefined;
    let delay: number | undefined;
    if ("reply" in outcome) {
      const { status, headers } = outcome.reply.response;
      if (!isRetryableStatus(status)) return undefined;
      // A 5xx does not say whether a POST took effect; a 429 says it did not.
      if (!idempotent && status !== 429) return undefined;
      delay = parseRetryAfter(headers.get("retry-after"));
    } else if (!idempotent && !wasNotSent(outcome.error)) {
      return undefined;
    }
    delay ??= backoffDelay(retry, retries);
    return Date.now() - started + delay > retry.maxElapsedMs ? undefined : delay;
  }

  function failure(call: Call, outcome: { error: unknown; timedOut: boolean }, attempts: number) {
    const info = { method: call.method, url: call.url, attempts };
    const tries = `${attempts} attempt${attempts > 1 ? "s" : ""}`;
    if (outcome.timedOut) {
      return new UsersApiTimeoutError(
        `${call.method} ${call.url} timed out after ${timeoutMs} ms (${tries})`,
        { ...info, timeoutMs },
      );
    }
    return new UsersApiNetworkError(
      redactor.text(`${call.method} ${call.url} failed: ${describe(outcome.error)} (${tries})`),
      { ...info, cause: outcome.error },
    );
  }

  async function run(call: Call, sendOptions: SendOptions = {}): Promise<Reply> {
    const { auth = true, idempotent = call.method !== "POST" } = sendOptions;
    const link = linkSignals(call.signal, options.signal);
    const { signal } = link;
    try {
      if (userAgent !== undefined) call.setHeader("user-agent", userAgent);
      const tokens = auth ? transport.tokens : undefined;
      const started = Date.now();
      let retries = 0;
      let token: string | undefined;
      let refreshed = false;
      // The 401 that made us ask for a new token, until that token is known.
      let refused: Reply | undefined;
      for (;;) {
        signal?.throwIfAborted();
        if (tokens) {
          const previous = token;
          token = await tokens.get(signal);
          // A refresh that gave back the same token cannot help: answer with the 401.
          if (refused && token === previous) return refused;
          refused = undefined;
          call.setHeader("authorization", `Bearer ${token}`);
        }
        const outcome = await attempt(call, signal);
        if (signal?.aborted) throw signal.reason;

        if (
          tokens?.refresh &&
          token !== undefined &&
          !refreshed &&
          "reply" in outcome &&
          outcome.reply.response.status === 401
        ) {
          refreshed = true;
          refused = outcome.reply;
          tokens.refresh(token);
          continue;
        }

        const delay = retryDelay(outcome, retries, started, idempotent);
        if (delay === undefined) {
          if ("reply" in outcome) return outcome.reply;
          throw failure(call, outcome, retries + 1);
        }
        retries++;
        await sleep(delay, signal);
      }
    } finally {
      link.done();
    }
  }

  const transport: Transport = {
    async fetch(request) {
      const held = [request];
      for (const r of held) inFlight.add(r);
      try {
        const body = request.body === null ? null : await request.arrayBuffer();
        const { response, body: bytes } = await run({
          method: request.method,
          url: request.url,
          signal: request.signal,
          setHeader: (name, value) => request.headers.set(name, value),
          attempt(signal) {
            const init: RequestInit = {};
            if (signal) init.signal = signal;
            if (body !== null) init.body = body;
            const sent = new Request(request, init);
            held.push(sent);
            inFlight.add(sent);
            return fetchImpl(sent);
          },
        });
        // openapi-fetch reads the body again: hand it a fresh Response over the bytes.
        const nullBody =
          response.status === 204 || response.status === 205 || response.status === 304;
        const copy = new Response(nullBody ? null : bytes, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
        if (response.url) Object.defineProperty(copy, "url", { value: response.url });
        return copy;
      } finally {
        for (const r of held) inFlight.delete(r);
      }
    },

    send(method, url, headers, body, signal, sendOptions) {
      return run(
        {
          method,
          url,
          signal,
          setHeader(name, value) {
            headers[name] = value;
          },
          attempt(attemptSignal) {
            const init: RequestInit = { method, headers };
            if (body !== undefined) init.body = body;
            if (attemptSignal) init.signal = attemptSignal;
            return fetchImpl(url, init);
          },
        },
        sendOptions,
      );
    },
  };
  return transport;
}
