// The folders of a pnpm workspace's packages, as its pnpm-workspace.yaml lists them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/**
 * Each package folder of the workspace at `root`, relative to it (e.g. "packages/spec"), sorted.
 * Only `<folder>/*` patterns are read (this repository's); any other pattern is refused rather
 * than skipped.
 * @param {string} root
 * @returns {string[]}
 */
export function workspacePackageDirs(root) {
  const workspace = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8"));
  return (workspace.packages ?? []).flatMap((/** @type {string} */ pattern) => {
    if (!pattern.endsWith("/*")) throw new Error(`unsupported workspace pattern ${pattern}`);
    const parent = pattern.slice(0, -2);
    /** @type {import("node:fs").Dirent[]} */
    let entries = [];
    try {
      entries = readdirSync(join(root, parent), { withFileTypes: true });
    } catch {
      // a pattern whose folder does not exist holds no package
    }
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
      .sort();
  });
}
