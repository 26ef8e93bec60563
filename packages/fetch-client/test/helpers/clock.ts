// A test clock for the client's timers, so that no test depends on how fast the machine is: the
// per-attempt timeout and the waits between retries (setTimeout) run only when the test moves
// the clock, after what it waits for (a request reaching the test server, an answer read) has
// happened. Sockets, the test server and everything else stay real.
import { setImmediate as nextTurn, setTimeout as realDelay } from "node:timers/promises";
import { vi } from "vitest";
import type { FetchLike } from "../../src/index.js";

/**
 * Fakes setTimeout and clearTimeout, and with `date` also `Date` (then standing still until the
 * clock moves). Move the clock with `await vi.advanceTimersByTimeAsync(ms)`. Node's fetch sets
 * its own timers with setTimeout too: moving the clock by less than its 300 s header and body
 * timeouts leaves them alone.
 */
export function fakeClock({ date = false } = {}): void {
  vi.useFakeTimers({
    toFake: date ? ["setTimeout", "clearTimeout", "Date"] : ["setTimeout", "clearTimeout"],
  });
}

/** Lets every promise callback and I/O callback that is due run. */
export async function flush(): Promise<void> {
  await nextTurn();
}

/** A call's outcome (its value or error) and, meanwhile, whether it has settled. */
export function track(promise: Promise<unknown>): {
  readonly settled: boolean;
  outcome: Promise<unknown>;
} {
  let settled = false;
  const outcome = promise.then(
    (value) => {
      settled = true;
      return value;
    },
    (error: unknown) => {
      settled = true;
      return error;
    },
  );
  return {
    get settled() {
      return settled;
    },
    outcome,
  };
}

/**
 * The outcome of a call that must end without the clock moving (it has nothing to wait for), or
 * "still pending" if it has not 10 s of real time later: the bug this catches hangs for good.
 */
export function outcomeOrStuck(call: { outcome: Promise<unknown> }): Promise<unknown> {
  return Promise.race([call.outcome, realDelay(10_000, "still pending", { ref: false })]);
}

/**
 * `globalThis.fetch` for a client's `fetch` option that counts the attempts as they start and
 * tells when the client has read the body of an answer: from there on it decides about a retry
 * without I/O, so after `await flush()` it is waiting for the clock (or done).
 */
export function recordingFetch() {
  let started = 0;
  let read = 0;
  const waiting = new Set<() => boolean>();
  const fetch: FetchLike = async (input, init) => {
    started++;
    const response = await globalThis.fetch(input, init);
    const done = () => {
      read++;
      for (const check of waiting) if (check()) waiting.delete(check);
    };
    // An answer is done with once its body is read, or cancelled (a retried answer).
    for (const name of ["arrayBuffer", "json", "text"] as const) {
      const reader = response[name].bind(response) as () => Promise<never>;
      response[name] = () => reader().finally(done);
    }
    const { body } = response;
    if (body) {
      const cancel = body.cancel.bind(body);
      body.cancel = (reason) => cancel(reason).finally(done);
    }
    return response;
  };
  return {
    fetch,
    /** Attempts started so far. */
    get attempts() {
      return started;
    },
    /** Resolves once the client is done with `count` answers (read or cancelled), and has gone as far as it can. */
    async answersRead(count: number): Promise<void> {
      await new Promise<void>((resolve) => {
        const check = () => (read >= count ? (resolve(), true) : false);
        if (!check()) waiting.add(check);
      });
      await flush();
    },
  };
}
