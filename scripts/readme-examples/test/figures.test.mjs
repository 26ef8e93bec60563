// Sizes and timings have one source: bench/results.md (written by `pnpm bench`). The root
// README's "Performance" section quotes it; package READMEs link to it instead of repeating it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listReadmes, repoRoot } from "../readme-examples.mjs";

const read = (file) => readFileSync(join(repoRoot, file), "utf8");
const results = read("bench/results.md");

/** The text of a `## heading` section (up to the next `## `). */
function section(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return "";
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** Figures with a unit: "46.5 ms", "140,436 ... users/s", "1.64x", "923 B". */
export function figures(text) {
  const unit = String.raw`(kB|MB|GB|GiB|B|ms|µs|s|x|%|minutes|fully populated users/s)`;
  return [
    ...text.matchAll(new RegExp(String.raw`(\d[\d,]*(?:\.\d+)?)\s?${unit}(?![\w])`, "g")),
  ].map((match) => ({ figure: match[0], number: match[1] }));
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const inResults = (number, text = results) =>
  new RegExp(String.raw`(?<![\d.,])${escape(number)}(?![\d]|[.,]\d)`).test(text);

describe("README figures", () => {
  it("every figure in the root README's Performance section is in bench/results.md", () => {
    const performance = section(read("README.md"), "Performance");
    const found = figures(performance);
    expect(found.length).toBeGreaterThan(30);
    expect(performance).toContain("min+gzip");
    const missing = found.filter(({ number }) => !inResults(number)).map(({ figure }) => figure);
    expect(missing, "README.md Performance figures not in bench/results.md").toEqual([]);
  });

  it("package READMEs state no bundle size of their own: they link to bench/results.md", () => {
    const packageReadmes = listReadmes().filter((file) => file.startsWith("packages/"));
    const stated = [];
    for (const file of packageReadmes) {
      read(file)
        .split("\n")
        .forEach((line, index) => {
          // The vendor SDK's size is someone else's figure, quoted for comparison.
          if (/vendor/.test(line)) return;
          for (const { figure } of figures(line).filter(({ figure }) => /kB$/.test(figure))) {
            stated.push(`${file}:${index + 1}: ${figure}`);
          }
        });
    }
    expect(stated).toEqual([]);
    for (const file of ["packages/fetch-client/README.md", "packages/validators/README.md"]) {
      expect(read(file), file).toContain("../../bench/results.md#bundle-sizes");
    }
  });

  it("finds figures and checks them against whole numbers only", () => {
    expect(
      figures("a 46.5 ms start, 1.64x, 923 B and 140,436 fully populated users/s").map(
        (f) => f.figure,
      ),
    ).toEqual(["46.5 ms", "1.64x", "923 B", "140,436 fully populated users/s"]);
    const sample = "| @users-api/validators | 46.5 | 1.00x |";
    expect(inResults("46.5", sample)).toBe(true);
    expect(inResults("6.5", sample)).toBe(false);
    expect(inResults("46", sample)).toBe(false);
  });
});
