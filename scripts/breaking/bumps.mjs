/** Semver bump levels in increasing order, named as changesets names them. */
export const BUMPS = /** @type {const} */ (["none", "patch", "minor", "major"]);

/** @typedef {(typeof BUMPS)[number]} Bump */

/** @param {string} bump */
export function bumpRank(bump) {
  const rank = BUMPS.indexOf(/** @type {Bump} */ (bump));
  if (rank === -1) throw new Error(`unknown bump type: ${JSON.stringify(bump)}`);
  return rank;
}

/**
 * The highest of the given bumps ("none" for none).
 * @param {Iterable<string>} bumps
 * @returns {Bump}
 */
export function maxBump(bumps) {
  let highest = 0;
  for (const bump of bumps) highest = Math.max(highest, bumpRank(bump));
  return /** @type {Bump} */ (BUMPS[highest]);
}

/**
 * The gate's core: the planned release is enough when it is at least the bump the spec change needs.
 * @param {Bump} required
 * @param {Bump} planned
 */
export function decide(required, planned) {
  return { ok: bumpRank(planned) >= bumpRank(required), required, planned };
}
