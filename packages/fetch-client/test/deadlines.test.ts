import { describe, expect, it, vi } from "vitest";
import { sharedDeadlines, TIMED_OUT, type Deadline } from "../src/deadlines.js";
import { fakeClock } from "./helpers/clock.js";

const timeoutMs = 10_000; // attempts may join a deadline for 100 ms (a hundredth, at most 100 ms)

/** A second attempt 60 ms after the first shares its deadline, and gets its whole timeoutMs. */
function expectRestartOnJoin(): void {
  const deadlines = sharedDeadlines(timeoutMs);
  const first = deadlines.join();
  vi.advanceTimersByTime(60);
  const second = deadlines.join();
  expect(second.signal).toBe(first.signal);
  // The first attempt has had its 10 s; the second has not yet.
  vi.advanceTimersByTime(timeoutMs - 1);
  expect(first.timedOut).toBe(false);
  vi.advanceTimersByTime(1);
  expect(second.signal.aborted).toBe(true);
  expect(second.signal.reason).toBe(TIMED_OUT);
  expect(second.timedOut).toBe(true);
}

describe("sharedDeadlines", () => {
  it("lets the attempts that start within the window share one signal, 16 at most", () => {
    fakeClock({ date: true });
    const deadlines = sharedDeadlines(timeoutMs);
    const first = deadlines.join();
    vi.advanceTimersByTime(100);
    const joined = Array.from({ length: 15 }, () => deadlines.join());
    expect(joined.every((deadline) => deadline.signal === first.signal)).toBe(true);
    expect(deadlines.join().signal).not.toBe(first.signal); // the 17th
  });

  it("gives a later attempt a deadline of its own once the window is over", () => {
    fakeClock({ date: true });
    const deadlines = sharedDeadlines(timeoutMs);
    const first = deadlines.join();
    vi.advanceTimersByTime(101);
    expect(deadlines.join().signal).not.toBe(first.signal);
  });

  it("never cuts an attempt short: the time limit starts again as each attempt joins", () => {
    fakeClock({ date: true });
    expectRestartOnJoin();
  });

  it("lets in the attempt that opens a deadline however late the clock reads (a busy machine)", () => {
    fakeClock();
    let now = 0;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => (now += 5)); // 5 ms a reading
    try {
      const deadlines = sharedDeadlines(100); // attempts may join for 1 ms
      const first = deadlines.join();
      const second = deadlines.join();
      expect(second.signal).not.toBe(first.signal);
      vi.advanceTimersByTime(100);
      expect([first.timedOut, second.timedOut]).toEqual([true, true]);
    } finally {
      clock.mockRestore();
    }
  });

  it("times out an attempt alone after exactly timeoutMs", () => {
    fakeClock({ date: true });
    const deadline = sharedDeadlines(timeoutMs).join();
    vi.advanceTimersByTime(timeoutMs - 1);
    expect(deadline.timedOut).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.timedOut).toBe(true);
  });

  it("aborts nothing when every attempt of it is over, and the next attempt gets a fresh one", () => {
    fakeClock({ date: true });
    const deadlines = sharedDeadlines(timeoutMs);
    const done = deadlines.join();
    done.leave();
    vi.advanceTimersByTime(timeoutMs);
    expect(done.signal.aborted).toBe(false);
    expect(done.timedOut).toBe(false);
    const next = deadlines.join();
    expect(next.signal).not.toBe(done.signal);
    expect(next.signal.aborted).toBe(false);
  });

  it("drops its timer once it takes no more attempts and none runs", () => {
    fakeClock({ date: true });
    const deadlines = sharedDeadlines(timeoutMs);
    const running: Deadline[] = [deadlines.join(), deadlines.join()];
    vi.advanceTimersByTime(101);
    const next = deadlines.join(); // the window is over: a new deadline; the first closes
    expect(vi.getTimerCount()).toBe(2);
    running[0]!.leave();
    expect(vi.getTimerCount()).toBe(2); // one attempt of the first still runs
    running[1]!.leave();
    expect(vi.getTimerCount()).toBe(1);
    // One whose attempts are all over before its window is: its timer goes as it closes.
    next.leave();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(101);
    deadlines.join();
    expect(vi.getTimerCount()).toBe(1);
  });

  it("never keeps the process alive on its own, as AbortSignal.timeout does not", () => {
    // A request in flight keeps it alive through its socket; a body handed out as a stream and
    // never read must not.
    const timers = () => process.getActiveResourcesInfo().filter((type) => type === "Timeout");
    const before = timers().length;
    const deadlines = sharedDeadlines(timeoutMs);
    const attempts = [deadlines.join(), deadlines.join()];
    expect(attempts[1]!.signal).toBe(attempts[0]!.signal);
    expect(timers()).toHaveLength(before);
    for (const attempt of attempts) attempt.leave();
  });

  it("starts the time limit again with timers that are numbers, as in browsers", () => {
    fakeClock({ date: true });
    const timers = new Map<number, ReturnType<typeof setTimeout>>();
    const { setTimeout: set, clearTimeout: clear } = globalThis;
    vi.stubGlobal("setTimeout", (run: () => void, ms: number) => {
      const id = timers.size + 1;
      timers.set(id, set(run, ms));
      return id;
    });
    vi.stubGlobal("clearTimeout", (id: number) => clear(timers.get(id)));
    try {
      expectRestartOnJoin();
      expect(vi.getTimerCount()).toBe(0); // the first timer was cleared, not left to fire
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
