// Ajv's generated code recurses once per level of a recursive schema (User.manager,
// ErrorBody.errors, ResourceConditionNode.terms, ...), so input nested thousands of levels deep
// would overflow the stack. Before calling Ajv, the validators of such schemas measure how deep
// the input goes along the paths where the schema recurses. The generator writes the walkers
// for this into each such schema's module (src/generated/<schema>.ts); each reads only those few
// properties.

/** Nesting (objects and arrays) allowed along a recursive path. Real payloads stay far below. */
export const MAX_DEPTH = 128;

/**
 * Returns a JSON Pointer, relative to `value`, to the first value nested deeper than
 * `depthLeft` allows, or `undefined` when there is none.
 */
export type DepthWalker = (value: unknown, depthLeft: number) => string | undefined;
