import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { abortedOf, followAll } from "../src/signals.js";

const listeners = (signal: AbortSignal) => getEventListeners(signal, "abort").length;

describe("followAll", () => {
  it("aborts with the reason of the first source that aborts, and lets go of them all", () => {
    const [first, second] = [new AbortController(), new AbortController()];
    const { signal } = followAll([first.signal, second.signal]);
    expect(listeners(first.signal)).toBe(1);
    second.abort("second's reason");
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe("second's reason");
    expect([first.signal, second.signal].map(listeners)).toEqual([0, 0]);
    first.abort("too late");
    expect(signal.reason).toBe("second's reason");
  });

  it("is aborted at once when a source already is, and then listens to none", () => {
    const live = new AbortController();
    const { signal } = followAll([live.signal, AbortSignal.abort("already")]);
    expect(signal.reason).toBe("already");
    expect(listeners(live.signal)).toBe(0);
  });

  it("lets go of its sources on unfollow: a source that aborts later no longer aborts it", () => {
    const source = new AbortController();
    const following = followAll([source.signal]);
    following.unfollow();
    expect(listeners(source.signal)).toBe(0);
    source.abort();
    expect(following.signal.aborted).toBe(false);
  });
});

describe("abortedOf", () => {
  it("finds the first aborted signal", () => {
    const aborted = AbortSignal.abort("why");
    expect(abortedOf([new AbortController().signal, aborted])).toBe(aborted);
    expect(abortedOf([new AbortController().signal])).toBeUndefined();
    expect(abortedOf([])).toBeUndefined();
  });
});
