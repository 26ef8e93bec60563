// Cold start of each package: a fresh `node` process that imports the package's main entry and
// exits, against a `node --input-type=module -e ""` baseline measured in the same rounds
// (interleaved, so that machine noise hits both alike). The difference is what importing the
// package costs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { median, run } from "./stats.mjs";

function entries(root, packageNames) {
  return packageNames.map((name) => {
    const dir = join(root, "packages", name);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const main = manifest.exports["."];
    return { name: manifest.name, file: join(dir, typeof main === "string" ? main : main.default) };
  });
}

const importScript = (file) => `await import(${JSON.stringify(pathToFileURL(file).href)});`;

/** `{ baselineMs, rows: [{ name, ms, importMs, ratio }] }`, medians of `rounds` runs. */
export async function coldStarts(root, packageNames, rounds = 9) {
  const targets = entries(root, packageNames);
  const commands = [
    // The baseline also starts the ES module loader, as the imports do.
    { name: "baseline", args: ["--input-type=module", "-e", ""] },
    ...targets.map((t) => ({
      name: t.name,
      args: ["--input-type=module", "-e", importScript(t.file)],
    })),
  ];
  const times = Object.fromEntries(commands.map((c) => [c.name, []]));
  // One unmeasured pass warms the file system cache.
  for (const command of commands) await run(process.execPath, command.args, { cwd: root });
  for (let round = 0; round < rounds; round++) {
    for (const command of commands) {
      times[command.name].push((await run(process.execPath, command.args, { cwd: root })).ms);
    }
  }
  const baselineMs = median(times.baseline);
  return {
    rounds,
    baselineMs,
    rows: targets.map((t) => {
      const ms = median(times[t.name]);
      return { name: t.name, ms, importMs: ms - baselineMs, ratio: ms / baselineMs };
    }),
  };
}
