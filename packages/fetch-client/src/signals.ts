/** A signal made by {@link followAll}, and how to let go of its sources. */
export interface Following {
  readonly signal: AbortSignal;
  /** Stops following the sources (it does so by itself once one of them aborts). */
  unfollow(): void;
}

/** The first of `signals` that has aborted, if any. */
export function abortedOf(signals: readonly AbortSignal[]): AbortSignal | undefined {
  for (const signal of signals) if (signal.aborted) return signal;
  return undefined;
}

/** Throws the reason of the first of `signals` that has aborted, if any. */
export function throwIfAborted(signals: readonly AbortSignal[]): void {
  for (const signal of signals) signal.throwIfAborted();
}

/** Resolves like `promise`, but rejects with a signal's reason as soon as one of `signals` aborts. */
export function untilAborted<T>(promise: Promise<T>, signals: readonly AbortSignal[]): Promise<T> {
  if (!signals.length) return promise;
  const aborted = abortedOf(signals);
  if (aborted) return Promise.reject(aborted.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = function (this: AbortSignal) {
      reject(this.reason);
    };
    for (const signal of signals) signal.addEventListener("abort", onAbort);
    promise.then(resolve, reject).finally(() => {
      for (const signal of signals) signal.removeEventListener("abort", onAbort);
    });
  });
}

/**
 * A signal that aborts, with the same reason, as soon as one of `sources` does.
 *
 * Not `AbortSignal.any`: in Node 20 a long-lived source (a client's `signal`) keeps a reference to
 * every signal made from it, for good. Here a source holds a listener until `unfollow`, or until
 * one of the sources aborts.
 */
export function followAll(sources: readonly AbortSignal[]): Following {
  const controller = new AbortController();
  const unfollow = () => {
    for (const source of sources) source.removeEventListener("abort", abort);
  };
  const abort = function (this: AbortSignal) {
    unfollow();
    controller.abort(this.reason);
  };
  for (const source of sources) source.addEventListener("abort", abort);
  // A source that aborted already fires no event (the first one's reason is kept).
  for (const source of sources) if (source.aborted) abort.call(source);
  return { signal: controller.signal, unfollow };
}
