/** A fetch implementation; `globalThis.fetch` fits. */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** One attempt at a request, given the call's abort signal and which attempt this is (1, 2, ...). */
export type Attempt = (
  request: Request,
  signal: AbortSignal | undefined,
  attempt: number,
) => Promise<Response>;

/** What an attempt that ran out of time throws (never seen outside the client). */
export const TIMED_OUT = new Error("timed out");

/**
 * Turns a failure to read a response's body into the error the caller sees: `error` is
 * {@link TIMED_OUT} when the attempt's time limit ended it.
 */
export type ReadFailure = (
  request: Request,
  response: Response,
  error: unknown,
  attempt: number,
  signal: AbortSignal | undefined,
) => unknown;

// The attempt a response's body still belongs to: `end` frees its timer, `fail` turns a failure
// to read into the caller's error. (Properties, not a WeakMap: a WeakMap entry per response
// weighs on every garbage collection.)
const END = Symbol("end of attempt");
const FAIL = Symbol("failure to read");
type Ending = Response & { [END]?: () => void; [FAIL]: (error: unknown) => unknown };

const READERS = ["arrayBuffer", "blob", "formData", "json", "text"] as const;
type Readers = Record<string, () => Promise<unknown>>;

// The readers of a response that has them as its own properties (a custom fetch's test double,
// say) rather than from its prototype, kept before they are replaced. Rare: a WeakMap is fine.
const ownReaders = new WeakMap<Response, Readers>();

/**
 * The ways openapi-fetch and middleware read a body, each installed on the response itself: one
 * function per reader shared by every response (no closures per response). Each reads with the
 * response's own reader and ends the attempt when that settles.
 */
const readers = Object.fromEntries(
  READERS.map((name) => [
    name,
    async function (this: Ending) {
      try {
        const read = ownReaders.get(this)?.[name] ?? Object.getPrototypeOf(this)[name];
        return await read.call(this);
      } catch (error) {
        throw this[FAIL](error);
      } finally {
        this[END]!();
      }
    },
  ]),
);

/** Gives up a response the caller will not read (it is retried): frees its connection and timer. */
export function discard(response: Response): void {
  (response as Ending)[END]?.();
  response.body?.cancel().catch(() => {});
}

/**
 * Sends one attempt: a fresh copy of `request` (the request itself is never sent, so it can be
 * sent again), aborted after `timeoutMs` (0 or Infinity: never) or when `signal` aborts. The time
 * limit covers reading the body: the response is handed back as fetch gave it, with its body
 * readers (`json`, `text`, ...) ending the attempt when they settle and turning a failure into
 * `failRead(...)`.
 */
export function timeoutAttempt(
  fetchImpl: FetchLike,
  timeoutMs: number,
  failRead: ReadFailure,
): Attempt {
  const hasTimeout = timeoutMs > 0 && timeoutMs < Infinity;
  return async (request, signal, attempt) => {
    let controller: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    let onAbort: (() => void) | undefined;
    // Without a time limit, a request that carries the call's signal itself needs no other.
    if (hasTimeout || (signal && signal !== request.signal)) {
      controller = new AbortController();
      if (signal) {
        onAbort = () => controller!.abort(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
      }
      if (hasTimeout) {
        timer = setTimeout(() => {
          timedOut = true;
          controller!.abort(TIMED_OUT);
        }, timeoutMs);
      }
    }
    // fetch builds its own Request from `request` and the signal; a request with a body is
    // cloned first (cheap: our bodies are strings), so that `request` keeps its body for a retry.
    const sent = request.body ? request.clone() : request;
    const end = () => {
      clearTimeout(timer);
      if (onAbort) signal!.removeEventListener("abort", onAbort);
    };
    let response: Response;
    try {
      response = await fetchImpl(sent, controller && { signal: controller.signal });
    } catch (error) {
      end();
      throw timedOut ? TIMED_OUT : error;
    }
    if (response.body === null || response.headers.get("content-length") === "0") {
      end();
      return response;
    }
    // While the body streams, its socket keeps the process alive; the timer alone must not (a
    // body handed out as a stream is never read through the readers below).
    (timer as { unref?: () => void } | undefined)?.unref?.();
    (response as Ending)[END] = end;
    (response as Ending)[FAIL] = (error) =>
      failRead(request, response, timedOut ? TIMED_OUT : error, attempt, signal);
    if (READERS.some((name) => Object.hasOwn(response, name))) {
      ownReaders.set(response, { ...(response as unknown as Readers) });
    }
    Object.assign(response, readers);
    return response;
  };
}
