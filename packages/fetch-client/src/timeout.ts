import { sharedDeadlines, TIMED_OUT } from "./deadlines.js";
import { followAll, type Following } from "./signals.js";

/** A fetch implementation; `globalThis.fetch` fits. */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** One attempt at a request, given the call's abort signals and which attempt this is (1, 2, ...). */
export type Attempt = (
  request: Request,
  signals: readonly AbortSignal[],
  attempt: number,
) => Promise<Response>;

/**
 * Turns a failure to read a response's body into the error the caller sees: `error` is
 * {@link TIMED_OUT} when the attempt's time limit ended it.
 */
export type ReadFailure = (
  request: Request,
  response: Response,
  error: unknown,
  attempt: number,
  signals: readonly AbortSignal[],
) => unknown;

// The attempt a response's body still belongs to: `end` leaves its deadline, `fail` turns a failure
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
        this[END]?.();
      }
    },
  ]),
);

/**
 * `copy` (what `response` read into memory) reports a failure to read it as `response` would have:
 * the attempt it belonged to is over.
 */
export function adopt(copy: Response, response: Response): Response {
  (copy as Ending)[FAIL] = (response as Ending)[FAIL];
  return Object.assign(copy, readers);
}

/** Gives up a response the caller will not read (it is retried): frees its connection and timer. */
export function discard(response: Response): void {
  (response as Ending)[END]?.();
  response.body?.cancel().catch(() => {});
}

/**
 * Sends one attempt: a fresh copy of `request` (the request itself is never sent, so it can be
 * sent again), aborted after `timeoutMs` (0 or Infinity: never; see {@link sharedDeadlines}) or
 * when one of `signals` aborts. The time limit covers reading the body: the response is handed
 * back as fetch gave it, with its body readers (`json`, `text`, ...) ending the attempt when they
 * settle and turning a failure into `failRead(...)`.
 */
export function timeoutAttempt(
  fetchImpl: FetchLike,
  timeoutMs: number,
  failRead: ReadFailure,
): Attempt {
  const deadlines = timeoutMs > 0 && timeoutMs < Infinity ? sharedDeadlines(timeoutMs) : undefined;
  return async (request, signals, attempt) => {
    const deadline = deadlines?.join();
    // fetch follows one signal, which replaces the one the request carries: the deadline's when
    // the call has no signal; the call's one signal when there is no deadline (none when the
    // request carries it); else one that follows them all.
    let fetchSignal = deadline?.signal;
    let following: Following | undefined;
    if (signals.length > 1 || (signals.length && deadline)) {
      following = followAll(deadline ? [...signals, deadline.signal] : signals);
      fetchSignal = following.signal;
    } else if (signals[0] !== request.signal) fetchSignal ??= signals[0];
    // fetch builds its own Request from `request` and the signal; a request with a body is
    // cloned first (cheap: our bodies are strings), so that `request` keeps its body for a retry.
    const sent = request.body ? request.clone() : request;
    let ended = false;
    const end = () => {
      if (!ended) {
        following?.unfollow();
        deadline?.leave();
      }
      ended = true;
    };
    let response: Response;
    try {
      response = await fetchImpl(sent, fetchSignal && { signal: fetchSignal });
    } catch (error) {
      end();
      throw deadline?.timedOut ? TIMED_OUT : error;
    }
    if (response.body === null || response.headers.get("content-length") === "0") {
      end();
      return response;
    }
    (response as Ending)[END] = end;
    (response as Ending)[FAIL] = (error) =>
      failRead(request, response, deadline?.timedOut ? TIMED_OUT : error, attempt, signals);
    if (READERS.some((name) => Object.hasOwn(response, name))) {
      ownReaders.set(response, { ...(response as unknown as Readers) });
    }
    Object.assign(response, readers);
    return response;
  };
}
