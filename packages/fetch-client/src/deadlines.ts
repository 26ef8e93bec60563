/** What an attempt that ran out of time throws (never seen outside the client). */
export const TIMED_OUT = new Error("timed out");

/** The time limit of the attempts that share it: see {@link sharedDeadlines}. */
export interface Deadline {
  /** Aborts, with {@link TIMED_OUT}, when the limit is reached while an attempt still runs. */
  readonly signal: AbortSignal;
  /** Whether the limit has been reached. */
  readonly timedOut: boolean;
  /** The attempt is over (its body read, or the attempt given up). */
  leave(): void;
}

// How many attempts may share one deadline: Node's fetch adds an abort listener to the shared
// signal for each, and adding one looks through those already there.
const MAX_ATTEMPTS = 16;

/** A deadline that attempts join (see `join`). */
type SharedDeadline = Deadline & { join(window: number): boolean };

/**
 * The attempts that share one AbortController and one timer, from the first, which is let in
 * whatever the time (a check of the window could refuse it on a busy machine).
 */
function openDeadline(timeoutMs: number): SharedDeadline {
  const controller = new AbortController();
  const opened = Date.now();
  let attempts = 1;
  let running = 1;
  let closed = false;
  const expire = () => {
    closed = true;
    if (running === 0) return;
    deadline.timedOut = true;
    controller.abort(TIMED_OUT);
  };
  // Unref'd, as AbortSignal.timeout's: a request in flight keeps the process alive through its
  // socket, and a body handed out as a stream and never read must not keep it alive.
  const start = () => {
    const timer = setTimeout(expire, timeoutMs);
    (timer as { unref?(): void }).unref?.();
    return timer;
  };
  let timer = start();
  // Once it takes no more attempts, the timer goes as soon as no attempt runs.
  const release = () => {
    if (closed && running === 0) clearTimeout(timer);
  };
  const deadline = {
    signal: controller.signal,
    timedOut: false,
    /** Lets one more attempt in if still open to it: then the time limit starts again. */
    join(window: number) {
      if (closed || attempts === MAX_ATTEMPTS || Date.now() - opened > window) {
        closed = true;
        release();
        return false;
      }
      attempts++;
      clearTimeout(timer);
      timer = start();
      running++;
      return true;
    },
    leave() {
      running--;
      release();
    },
  };
  return deadline;
}

/**
 * Time limits of `timeoutMs` for attempts, shared by the attempts that start close together.
 *
 * Making an AbortSignal costs about 2 µs in Node 20 (a measurable part of a whole call on
 * loopback), and Node's fetch links each request to the signal it is given either way; so the
 * attempts that start within a short window (a hundredth of `timeoutMs`, at most 100 ms) share
 * one AbortController and one timer, which starts again as each attempt joins. No attempt is cut
 * short: each gets at least `timeoutMs`, and at most the window more.
 */
export function sharedDeadlines(timeoutMs: number): { join(): Deadline } {
  // How long after its first attempt others may join a deadline: a hundredth of the time limit,
  // at most 100 ms.
  const window = Math.min(timeoutMs / 100, 100);
  let current: SharedDeadline | undefined;
  return {
    join() {
      if (!current?.join(window)) current = openDeadline(timeoutMs);
      return current;
    },
  };
}
