import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/index.js";
import { allExamples } from "./examples.js";
import { exportsFor } from "./public-api.js";

const examples = allExamples();

describe("the spec's example payloads", () => {
  it("has valid and invalid examples to check", () => {
    expect(examples.flatMap((e) => e.valid).length).toBeGreaterThan(5);
    expect(examples.flatMap((e) => e.invalid).length).toBeGreaterThan(10);
  });

  for (const { schema, valid, invalid } of examples) {
    const { validate, is, assert, schema: standard } = exportsFor(schema);

    for (const { file, value } of valid) {
      it(`${schema}/valid/${file} passes every form of the validator`, async () => {
        const result = validate(value);
        expect(result).toEqual({ ok: true, value });
        if (result.ok) expect(result.value).toBe(value);
        expect(is(value)).toBe(true);
        expect(() => assert(value)).not.toThrow();
        expect(await standard["~standard"].validate(value)).toEqual({ value });
      });
    }

    for (const { file, example } of invalid) {
      it(`${schema}/invalid/${file} fails at ${JSON.stringify(example.expect.path)} with ${example.expect.keyword}`, async () => {
        const result = validate(example.value);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues).toContainEqual(expect.objectContaining(example.expect));
        for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);

        expect(is(example.value)).toBe(false);
        let thrown: unknown;
        try {
          assert(example.value);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(ValidationError);
        expect((thrown as ValidationError).issues).toEqual(result.issues);

        const standardResult = await standard["~standard"].validate(example.value);
        expect(standardResult.issues?.map((i) => i.message)).toEqual(
          result.issues.map((i) => i.message),
        );
      });
    }
  }
});
