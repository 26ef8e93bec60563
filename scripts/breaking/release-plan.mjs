import { maxBump } from "./bumps.mjs";

/**
 * @typedef {{ name: string; type: import("./bumps.mjs").Bump; newVersion: string }} Release
 * @typedef {{ id: string; releases: { name: string; type: string }[] }} PlannedChangeset
 * @typedef {{ releases: Release[]; changesets: PlannedChangeset[] }} ReleasePlan
 */

/**
 * The release plan `changeset version` would apply now: every pending changeset, with the fixed
 * group and dependents already folded in by changesets itself.
 * @param {string} root repository root
 * @returns {Promise<ReleasePlan>}
 */
export async function readReleasePlan(root) {
  const { default: getReleasePlan } = await import("@changesets/get-release-plan");
  return getReleasePlan(root);
}

/**
 * The highest bump the plan gives any package of the scope, and the changesets that ask for it.
 * @param {ReleasePlan} plan
 * @param {string} scope e.g. "@users-api/"
 */
export function plannedBump(plan, scope) {
  const inScope = (/** @type {{ name: string }} */ release) => release.name.startsWith(scope);
  const releases = plan.releases.filter(inScope);
  return {
    bump: maxBump(releases.map((release) => release.type)),
    releases,
    changesets: plan.changesets
      .filter((changeset) => changeset.releases.some(inScope))
      .map((changeset) => changeset.id),
  };
}
