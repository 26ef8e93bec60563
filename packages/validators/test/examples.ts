// Reads the spec's example payloads (spec/examples/<Schema>/{valid,invalid}/*.json).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const examplesDir = fileURLToPath(new URL("../../../spec/examples", import.meta.url));

export interface InvalidExample {
  description: string;
  expect: { path: string; keyword: string };
  value: unknown;
}

export interface Examples {
  schema: string;
  valid: { file: string; value: unknown }[];
  invalid: { file: string; example: InvalidExample }[];
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((file) => file.endsWith(".json"));
  } catch {
    return [];
  }
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

export function allExamples(): Examples[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name: schema }) => ({
      schema,
      valid: jsonFiles(join(examplesDir, schema, "valid")).map((file) => ({
        file,
        value: readJson(join(examplesDir, schema, "valid", file)),
      })),
      invalid: jsonFiles(join(examplesDir, schema, "invalid")).map((file) => ({
        file,
        example: readJson(join(examplesDir, schema, "invalid", file)) as InvalidExample,
      })),
    }));
}

export function example(schema: string, kind: "valid" | "invalid", file: string): unknown {
  return readJson(join(examplesDir, schema, kind, file));
}
