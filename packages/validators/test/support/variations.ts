// Variations of an example for tests that compare two validators on many inputs near the valid
// ones: every leaf or node replaced by values of other types, and every property removed.

const REPLACEMENTS: unknown[] = [1, -1.5, 2 ** 31, "x", "2024-01-01", true, null, [], {}, [{}]];

/**
 * Copies of `value` with one leaf or node replaced, and with one property removed.
 * `variedItems`: how many items of each array are varied (all by default); the others stay as
 * they are in every copy.
 */
export function* variations(
  value: unknown,
  { variedItems = Infinity }: { variedItems?: number } = {},
): Generator<unknown> {
  if (typeof value !== "object" || value === null) {
    yield* REPLACEMENTS;
    return;
  }
  const keys = Object.keys(value);
  for (const key of Array.isArray(value) ? keys.slice(0, variedItems) : keys) {
    const child = (value as Record<string, unknown>)[key];
    for (const variant of variations(child, { variedItems })) {
      yield Array.isArray(value)
        ? value.map((item, i) => (String(i) === key ? variant : item))
        : { ...value, [key]: variant };
    }
    if (!Array.isArray(value)) {
      const { [key]: _removed, ...rest } = value as Record<string, unknown>;
      yield rest;
    }
  }
}
