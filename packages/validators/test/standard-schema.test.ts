import { describe, expect, it } from "vitest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { updateUserSchema, userSchema, userStateSchema } from "../src/index.js";

/** What a library that accepts any Standard Schema does with one. */
async function parseWith<S extends StandardSchemaV1>(
  schema: S,
  input: unknown,
): Promise<StandardSchemaV1.InferOutput<S>> {
  const result = await schema["~standard"].validate(input);
  if (result.issues) {
    throw new Error(
      result.issues
        .map(
          (i) =>
            `${(i.path ?? []).map((p) => (typeof p === "object" ? p.key : p)).join(".")}: ${i.message}`,
        )
        .join("\n"),
    );
  }
  return result.value;
}

describe("xSchema as Standard Schema v1", () => {
  it("declares version 1 and the vendor", () => {
    expect(userSchema["~standard"].version).toBe(1);
    expect(userSchema["~standard"].vendor).toBe("@users-api/validators");
    expect(typeof userSchema["~standard"].validate).toBe("function");
  });

  it("returns the value itself on success, synchronously", () => {
    const patch = { version: 3, name: "Ada" };
    const result = updateUserSchema["~standard"].validate(patch);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ value: patch });
    expect((result as { value: unknown }).value).toBe(patch);
  });

  it("gives issue paths as keys, numbers for array indices, and the missing property's own path", () => {
    const result = userSchema["~standard"].validate({
      addresses: [{}, { mediaType: "FAX" }],
      "a/b": 1,
    });
    expect(result).toEqual({
      issues: [
        { message: 'missing required property "version"', path: ["version"] },
        {
          message: 'addresses[1].mediaType must be one of "PHONE", "EMAIL", "SMS"',
          path: ["addresses", 1, "mediaType"],
        },
      ],
    });
  });

  it("keeps numeric-looking object keys as strings", () => {
    const result = updateUserSchema["~standard"].validate({
      version: 1,
      biography: { education: { 0: { dateStart: "x" } } },
    });
    expect(result).toMatchObject({ issues: [{ path: ["biography", "education"] }] });
  });

  it("plugs into code written against the Standard Schema interface", async () => {
    const user = await parseWith(userSchema, { version: 2, name: "Grace" });
    expect(user.name).toBe("Grace");
    expect(await parseWith(userStateSchema, "active")).toBe("active");
    await expect(parseWith(updateUserSchema, { version: 1, nmae: "typo" })).rejects.toThrow(
      ': unknown property "nmae" (not allowed here)',
    );
  });
});
