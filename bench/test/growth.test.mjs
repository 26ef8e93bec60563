import { describe, expect, it } from "vitest";
import { failureOf, growth, METRICS, scaleFindings, scaleMarkdown } from "../scale.mjs";

const row = (n, scale) =>
  Object.fromEntries([["n", n], ...METRICS.map(([key]) => [key, 100 * scale(key)])]);

describe("growth", () => {
  it("reports each metric's factor per step and flags only what outgrows N by more than 30%", () => {
    const rows = [
      row(1, () => 1),
      row(10, (key) => (key === "consumerMs" ? 14 : key === "typesGenMs" ? 3 : 10)),
    ];
    const [step] = growth(rows);
    expect(step.nGrowth).toBe(10);
    expect(step.factors.typesGenMs).toBeCloseTo(3);
    expect(step.factors.consumerMs).toBeCloseTo(14);
    expect(step.superlinear).toEqual(["consumerMs"]);
    expect(scaleFindings({ rows, steps: [step] }).join("\n")).toMatch(
      /consumer tsc --noEmit\*\* grew 14\.00x from N=1 to N=10/,
    );
  });

  it("says nothing grew superlinearly when nothing did", () => {
    const rows = [row(1, () => 1), row(10, () => 9)];
    expect(scaleFindings({ rows, steps: growth(rows) }).join("\n")).toMatch(/Nothing grew/);
  });
});

describe("scaleFindings", () => {
  it("names a generator that failed, how, and its error line", () => {
    const error = new Error(
      "node generate.mjs exited 1\n\nfile:///x/ajv.js:12\nRangeError: Maximum call stack size exceeded\n    at f",
    );
    const rows = [
      row(1, () => 1),
      { n: 10, rounds: 1, specBytes: 1000, failure: failureOf("validators", error) },
    ];
    const text = scaleFindings({ rows, steps: growth([rows[0]]) }).join("\n");
    expect(text).toMatch(
      /N=10: the validators generator failed \(stack overflow\)\*\*: `RangeError: Maximum call stack size exceeded`/,
    );
    expect(text).not.toMatch(/Nothing grew/);
    expect(scaleMarkdown({ rows, steps: [] })).toMatch(
      /\| types codegen +\| +0\.10 s \| failed \(validators\) \|/,
    );
  });

  it("lists the problems fixed earlier and the validators codegen figures of this run", () => {
    const rows = [row(1, () => 1), row(10, () => 10)];
    const text = scaleFindings({ rows, steps: growth(rows) }).join("\n");
    expect(text).toMatch(/Fixed in 42ecd84/);
    expect(text).toMatch(/validators codegen takes 0\.10 s \/ 1\.00 s and peaks at/);
  });
});

describe("growth, marginal", () => {
  it("flags growth that fixed costs hide: the part above the smallest N", () => {
    // 1 s fixed + 0.2 s per copy up to N=10, then 0.3 s per copy at N=100: only 10.3x overall.
    const time = { 1: 1.2, 10: 3, 100: 1 + 0.3 * 100 };
    const rows = [1, 10, 100].map((n) =>
      row(n, (key) => (key === "validatorsGenMs" ? time[n] : n)),
    );
    const [, step] = growth(rows);
    expect(step.factors.validatorsGenMs).toBeLessThan(10 * 1.3);
    expect(step.nMarginal).toBe(11);
    expect(step.marginal.validatorsGenMs).toBeCloseTo((31 - 1.2) / (3 - 1.2));
    expect(step.superlinear).toEqual(["validatorsGenMs"]);
  });

  it("does not judge a part above N=1 too small to measure", () => {
    const consumer = { 1: 1, 10: 1.05, 100: 1.6 };
    const rows = [1, 10, 100].map((n) => row(n, (key) => (key === "consumerMs" ? consumer[n] : n)));
    const [, step] = growth(rows);
    expect(step.marginal.consumerMs).toBeUndefined();
    expect(step.superlinear).toEqual([]);
  });
});

describe("largestSchemaModule", () => {
  it("finds the largest generated module of one schema, not the modules that list them all", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { largestSchemaModule } = await import("../scale.mjs");
    const dir = mkdtempSync(join(tmpdir(), "largest-"));
    try {
      mkdirSync(join(dir, "ajv/validators"), { recursive: true });
      writeFileSync(join(dir, "index.ts"), "x".repeat(900));
      writeFileSync(join(dir, "lazy.ts"), "x".repeat(800));
      writeFileSync(join(dir, "ajv/validators.js"), "x".repeat(700));
      writeFileSync(join(dir, "ajv/validators/user.js"), "x".repeat(300));
      writeFileSync(join(dir, "ajv/validators/user.d.ts"), "x".repeat(600));
      writeFileSync(join(dir, "user.ts"), "x".repeat(200));
      expect(largestSchemaModule(dir)).toEqual({ bytes: 300, file: "ajv/validators/user.js" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
