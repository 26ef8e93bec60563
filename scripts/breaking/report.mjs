import { bumpRank } from "./bumps.mjs";

/**
 * @typedef {{
 *   specPath: string;
 *   baseLabel: string;
 *   scope: string;
 *   classification: { bump: import("./bumps.mjs").Bump; changes: import("./classify.mjs").Change[] };
 *   plan: { bump: import("./bumps.mjs").Bump; changesets: string[] };
 *   verdict: ReturnType<typeof import("./bumps.mjs").decide>;
 * }} GateResult
 */

/** @param {import("./classify.mjs").Change} change */
function changeLine(change) {
  const rules = change.rules.length > 0 ? ` [${change.rules.join(", ")}]` : "";
  const source = change.source === undefined ? "" : ` (${change.source})`;
  return `  ${change.impact.padEnd(5)}  ${change.where}${source}: ${change.what}${rules}`;
}

/** @param {import("./classify.mjs").Change[]} changes */
function countByImpact(changes) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const { impact } of changes) counts.set(impact, (counts.get(impact) ?? 0) + 1);
  return ["major", "minor", "patch"]
    .filter((impact) => counts.has(impact))
    .map((impact) => `${counts.get(impact)} ${impact}`)
    .join(", ");
}

/** @param {GateResult["plan"]} plan @param {string} scope */
function describePlan(plan, scope) {
  if (plan.changesets.length === 0) return `there is no pending changeset for ${scope}*`;
  const ids = plan.changesets.map((id) => `.changeset/${id}.md`).join(", ");
  return plan.bump === "none"
    ? `the pending changesets (${ids}) release no ${scope}* package`
    : `the pending changesets (${ids}) plan a ${plan.bump} release of ${scope}*`;
}

/**
 * The gate's message: what was compared, what the change needs, what is planned, and on failure
 * every change that needs more than the plan gives.
 * @param {GateResult} result
 */
export function formatResult({ specPath, baseLabel, scope, classification, plan, verdict }) {
  const lines = [`check:breaking: ${specPath} compared with ${baseLabel}`];
  const { changes } = classification;
  if (changes.length === 0) {
    lines.push("No API changes: no release is needed.");
  } else {
    lines.push(`API changes: ${countByImpact(changes)}; they need a ${verdict.required} release.`);
  }
  const byImpact = [...changes].sort((a, b) => bumpRank(b.impact) - bumpRank(a.impact));
  if (verdict.ok) {
    lines.push(...byImpact.map(changeLine));
    const planText = describePlan(plan, scope);
    lines.push(`OK: ${planText.charAt(0).toUpperCase()}${planText.slice(1)}.`);
    return lines.join("\n");
  }
  lines.push(
    `FAIL: the spec change needs a ${verdict.required} release, but ${describePlan(plan, scope)}.`,
    `Changes that need more than ${verdict.planned === "none" ? "no release" : `a ${verdict.planned} release`}:`,
    ...byImpact.filter((c) => bumpRank(c.impact) > bumpRank(verdict.planned)).map(changeLine),
    `Fix: run \`pnpm changeset\` and choose "${verdict.required}" for the ${scope}* packages` +
      (plan.changesets.length > 0 ? ", or raise the bump in the changeset named above." : "."),
  );
  return lines.join("\n");
}
