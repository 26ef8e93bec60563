import type { OperationId } from "@users-api/spec/operations";
import type {
  RoutingStatus,
  UpdateRoutingStatus,
  UserRoutingLanguagePost,
  UserRoutingSkillPost,
} from "@users-api/types";
import type { MockResponse } from "../errors.js";
import { paginate } from "../paging.js";
import type { RoutingEntryOutcome } from "../store.js";
import {
  descending,
  linkQuery,
  ok,
  pageOf,
  problemsResponse,
  userNotFound,
  type OperationInput,
  type Problem,
  type StatefulHandler,
} from "./common.js";

const userPath = (id: string): string => `/api/v2/users/${encodeURIComponent(id)}`;

/** By name, then id; `sortOrder` descending reverses. */
function sortedEntries<T extends { id?: string; name?: string }>(
  entries: readonly T[],
  order: unknown,
): T[] {
  const sorted = [...entries].sort((a, b) => {
    const x = a.name ?? "";
    const y = b.name ?? "";
    if (x !== y) return x < y ? -1 : 1;
    return (a.id ?? "") < (b.id ?? "") ? -1 : (a.id ?? "") > (b.id ?? "") ? 1 : 0;
  });
  return descending(order) ? sorted.reverse() : sorted;
}

function entryAdded<T>(
  id: string,
  outcome: RoutingEntryOutcome<T>,
  what: "routing skill" | "routing language",
  entryId: string,
): MockResponse {
  if (outcome.ok) return ok(outcome.entry);
  if (outcome.reason === "not-found") return userNotFound(id);
  return problemsResponse([
    {
      fieldName: "/id",
      errorCode: "invalid.value",
      message: `${entryId} is not an organization ${what}`,
    },
  ]);
}

/**
 * A user's routing status, profile skills and routing skills and languages. They are not part
 * of the versioned user: changing them leaves the user's `version` as it is. Each read or
 * change of a deleted or unknown user is 404, except a routing status read, which the spec
 * says is `OFF_QUEUE` for a user that does not exist.
 */
export const routingHandlers = {
  getUserRoutingstatus({ store, params }: OperationInput) {
    const id = params["userId"] ?? "";
    const record = store.record(id);
    const offQueue: RoutingStatus = { userId: id, status: "OFF_QUEUE" };
    if (!record || record.state === "deleted") return ok(offQueue);
    return ok(record.routingStatus ? structuredClone(record.routingStatus) : offQueue);
  },
  putUserRoutingstatus({ store, params, body }: OperationInput) {
    const id = params["userId"] ?? "";
    const change = body as UpdateRoutingStatus;
    const problems: Problem[] = [];
    if (change.status === undefined) {
      problems.push({ fieldName: "/status", errorCode: "missing.value", message: "is required" });
    }
    if (change.userId !== undefined && change.userId !== id) {
      problems.push({
        fieldName: "/userId",
        errorCode: "invalid.value",
        message: `must be the user of the path (${id}) when given`,
      });
    }
    if (problems.length > 0 || change.status === undefined) return problemsResponse(problems);
    const status = store.setRoutingStatus(id, change.status, change.startTime);
    return status ? ok(status) : userNotFound(id);
  },
  getUserProfileskills({ store, params }: OperationInput) {
    const id = params["userId"] ?? "";
    const record = store.record(id);
    if (!record || record.state === "deleted") return userNotFound(id);
    return ok([...(record.profileSkills ?? [])]);
  },
  putUserProfileskills({ store, params, body }: OperationInput) {
    const id = params["userId"] ?? "";
    const skills = store.setProfileSkills(id, body as string[]);
    return skills ? ok(skills) : userNotFound(id);
  },
  getUserRoutingskills({ store, params, query, given }: OperationInput) {
    const id = params["userId"] ?? "";
    const record = store.record(id);
    if (!record || record.state === "deleted") return userNotFound(id);
    return ok(
      paginate(sortedEntries(structuredClone(record.skills ?? []), query["sortOrder"]), {
        ...pageOf(query),
        path: `${userPath(id)}/routingskills`,
        query: linkQuery(given),
      }),
    );
  },
  postUserRoutingskills({ store, params, body }: OperationInput) {
    const id = params["userId"] ?? "";
    const { id: skillId, proficiency } = body as UserRoutingSkillPost;
    return entryAdded(
      id,
      store.addRoutingSkill(id, skillId, proficiency),
      "routing skill",
      skillId,
    );
  },
  getUserRoutinglanguages({ store, params, query, given }: OperationInput) {
    const id = params["userId"] ?? "";
    const record = store.record(id);
    if (!record || record.state === "deleted") return userNotFound(id);
    return ok(
      paginate(sortedEntries(structuredClone(record.languages ?? []), query["sortOrder"]), {
        ...pageOf(query),
        path: `${userPath(id)}/routinglanguages`,
        query: linkQuery(given),
      }),
    );
  },
  postUserRoutinglanguages({ store, params, body }: OperationInput) {
    const id = params["userId"] ?? "";
    const { id: languageId, proficiency } = body as UserRoutingLanguagePost;
    return entryAdded(
      id,
      store.addRoutingLanguage(id, languageId, proficiency),
      "routing language",
      languageId,
    );
  },
} satisfies Partial<Record<OperationId, StatefulHandler>>;
