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

// The attempt a response's body still belongs to, ended by `discard`.
// (A property, not a WeakMap: a WeakMap entry per response weighs on every garbage collection.)
const END = Symbol("end of attempt");
type Ending = Response & { [END]?: () => void };

// The ways openapi-fetch and middleware read a body; each is wrapped on the response itself.
const READERS = ["arrayBuffer", "blob", "formData", "json", "text"] as const;

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
    const onAbort = () => controller?.abort(signal?.reason);
    // Without a time limit, a request that carries the call's signal itself needs no other.
    if (hasTimeout || (signal && signal !== request.signal)) {
      controller = new AbortController();
      signal?.addEventListener("abort", onAbort, { once: true });
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
      signal?.removeEventListener("abort", onAbort);
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
    const readers = response as unknown as Record<string, () => Promise<unknown>>;
    for (const name of READERS) {
      const read = readers[name]!;
      readers[name] = () =>
        read.call(response).then(
          (value) => (end(), value),
          (error: unknown) => {
            end();
            throw failRead(request, response, timedOut ? TIMED_OUT : error, attempt, signal);
          },
        );
    }
    return response;
  };
}
