// Variations of an example for tests that compare two validators on many inputs near the valid
// ones: every leaf or node replaced by values of other types, and every property removed.

const REPLACEMENTS: unknown[] = [1, -1.5, 2 ** 31, "x", "2024-01-01", true, null, [], {}, [{}]];

/** Copies of `value` with one leaf or node replaced, and with one property removed. */
export function* variations(value: unknown): Generator<unknown> {
  if (typeof value !== "object" || value === null) {
    yield* REPLACEMENTS;
    return;
  }
  const keys = Object.keys(value);
  for (const key of keys) {
    const child = (value as Record<string, unknown>)[key];
    for (const variant of variations(child)) {
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
