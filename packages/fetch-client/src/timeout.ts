/** A fetch implementation; `globalThis.fetch` fits. */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** One attempt at a request, given the call's abort signal. */
export type Attempt = (request: Request, signal: AbortSignal | undefined) => Promise<Response>;

/** What an attempt that ran out of time throws (never seen outside the client). */
export const TIMED_OUT = new Error("timed out");

// Node's fetch (undici) links a Request's signal to the one it was built from through a WeakRef:
// a Request nobody holds can be garbage-collected mid-flight, and its abort (our timeout, the
// caller's signal) is then lost. Requests are held here until their attempt is over.
const inFlight = new Set<Request>();

/**
 * Sends one attempt: a fresh copy of `request` (the request itself is never sent, so it can be
 * sent again), aborted after `timeoutMs` (0 or Infinity: never) or when `signal` aborts. The body
 * is read inside the attempt, so the time limit covers it; the response handed back holds the
 * bytes read (with their `content-length`).
 */
export function timeoutAttempt(fetchImpl: FetchLike, timeoutMs: number): Attempt {
  const hasTimeout = timeoutMs > 0 && timeoutMs < Infinity;
  return async (request, signal) => {
    let controller: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    const onAbort = () => controller?.abort(signal?.reason);
    if (hasTimeout || signal) {
      controller = new AbortController();
      signal?.addEventListener("abort", onAbort, { once: true });
      if (hasTimeout) {
        timer = setTimeout(() => {
          timedOut = true;
          controller!.abort(TIMED_OUT);
        }, timeoutMs);
      }
    }
    // Without a body, building a Request from `request` leaves it as it is; with one, a clone
    // (cheap: our bodies are strings) gives its body up instead.
    const source = request.body ? request.clone() : request;
    const sent = controller ? new Request(source, { signal: controller.signal }) : source;
    inFlight.add(sent);
    try {
      const response = await fetchImpl(sent);
      const bytes = await response.arrayBuffer();
      const { status, statusText } = response;
      const headers = new Headers(response.headers);
      headers.set("content-length", `${bytes.byteLength}`);
      headers.delete("transfer-encoding");
      // (204, 205 and 304 must not have a body, and have none.)
      const read = new Response(bytes.byteLength ? bytes : null, { status, statusText, headers });
      Object.defineProperty(read, "url", { value: response.url });
      return read;
    } catch (error) {
      throw timedOut ? TIMED_OUT : error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      inFlight.delete(sent);
    }
  };
}
