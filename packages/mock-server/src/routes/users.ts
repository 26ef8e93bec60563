import type { OperationId } from "@users-api/spec/operations";
import type {
  CreateUser,
  PatchUser,
  UpdateUser,
  UpdateUserStateChange,
  UserEntityListing,
} from "@users-api/types";
import { badRequest, errorResponse, notFound, type MockResponse } from "../errors.js";
import { okJson } from "../json-answer.js";
import { userMeView } from "../me.js";
import { paginate } from "../paging.js";
import type { UpdateOutcome } from "../store.js";
import {
  descending,
  duplicateEmail,
  expansion,
  linkQuery,
  noContent,
  ok,
  pageOf,
  problemsResponse,
  stringList,
  userNotFound,
  versionConflict,
  type OperationInput,
  type Problem,
  type StatefulHandler,
} from "./common.js";
import { cursorHandlers } from "./cursor.js";
import { routingHandlers } from "./routing.js";
import { searchHandlers } from "./search.js";

export type { OperationInput, StatefulHandler } from "./common.js";

/** A refused update as the API answers it. */
function updateRefused(
  id: string,
  outcome: Exclude<UpdateOutcome, { ok: true }>,
  version: unknown,
): MockResponse {
  switch (outcome.reason) {
    case "not-found":
      return userNotFound(id);
    case "conflict":
      return versionConflict(id, version, outcome.currentVersion);
    case "duplicate-email":
      return duplicateEmail(outcome.email, outcome.existingId);
    case "unknown-manager":
      return badRequest(`manager ${outcome.managerId} is not a user that can manage ${id}.`, [
        { fieldName: "/manager", errorCode: "invalid.value" },
      ]);
  }
}

/** The users themselves: list, create, read, change, delete, and their state and extras. */
const userHandlers = {
  getUsers({ store, query, given }: OperationInput) {
    const ids = stringList(query["id"]);
    const jabberIds = stringList(query["jabberId"]);
    if (ids && jabberIds) {
      return badRequest("jabberId cannot be combined with id.", [
        { fieldName: "jabberId", errorCode: "invalid.value" },
      ]);
    }
    const records = store.query({
      state: (query["state"] as "active" | "inactive" | "deleted" | "any" | undefined) ?? "active",
      ...(ids ? { ids } : {}),
      ...(jabberIds ? { jabberIds } : {}),
      ...(descending(query["sortOrder"]) ? { sortOrder: "descending" as const } : {}),
    });
    const page = paginate(records, {
      ...pageOf(query),
      path: "/api/v2/users",
      query: linkQuery(given),
    });
    return okJson({ ...page, entities: store.viewTexts(page.entities, expansion(query)) });
  },
  postUsers({ store, body }: OperationInput) {
    const outcome = store.create(body as CreateUser);
    if (!outcome.ok) return duplicateEmail((body as CreateUser).email, outcome.existingId);
    return ok(store.view(outcome.user, new Set()));
  },
  getUser({ store, params, query }: OperationInput) {
    const id = params["userId"] ?? "";
    const record = store.record(id);
    const wantDeleted = query["state"] === "deleted";
    if (!record || (record.state === "deleted") !== wantDeleted) return userNotFound(id);
    return okJson(store.viewTexts([record], expansion(query))[0]);
  },
  patchUser({ store, params, body }: OperationInput) {
    const id = params["userId"] ?? "";
    const patch = body as UpdateUser;
    const outcome = store.update(id, patch);
    if (outcome.ok) return ok(store.view(outcome.user, new Set()));
    return updateRefused(id, outcome, patch.version);
  },
  deleteUser({ store, params }: OperationInput) {
    const id = params["userId"] ?? "";
    return store.delete(id) ? ok({}) : userNotFound(id);
  },
  getUserTrustors({ store, params, query, given }: OperationInput) {
    const id = params["userId"] ?? "";
    const record = store.record(id);
    if (!record || record.state === "deleted") return userNotFound(id);
    return ok(
      paginate(store.trustors(id), {
        ...pageOf(query),
        path: `/api/v2/users/${encodeURIComponent(id)}/trustors`,
        query: linkQuery(given),
      }),
    );
  },
  getUsersMe({ store, query, caller }: OperationInput) {
    if (caller?.kind === "client") {
      return errorResponse(
        400,
        "not.a.user",
        "This request requires a user context. Client credentials cannot be used for requests to this resource.",
      );
    }
    const expand = expansion(query);
    if (expand.has("adjacents") && (expand.has("superiors") || expand.has("directreports"))) {
      return problemsResponse([
        {
          fieldName: "expand",
          errorCode: "invalid.value",
          message: "adjacents cannot be expanded together with superiors or directreports",
        },
      ]);
    }
    const userId = caller?.kind === "user" ? caller.userId : undefined;
    if (userId !== undefined) {
      const bound = store.record(userId);
      if (!bound || bound.state === "deleted") {
        return notFound(`The token's user ${userId} was not found.`);
      }
      return ok(userMeView(store, bound, expand));
    }
    const me = store.me();
    if (!me) {
      return notFound(
        "The token's user was not found: the store has no active user, or the user store.setMe() named is deleted.",
      );
    }
    return ok(userMeView(store, me, expand));
  },
  getUsersExternalidAuthorityNameExternalKey({ store, params, query }: OperationInput) {
    const authorityName = params["authorityName"] ?? "";
    const externalKey = params["externalKey"] ?? "";
    const record = store.byExternalId(authorityName, externalKey);
    if (!record) {
      return notFound(`No user has the external id ${externalKey} at ${authorityName}.`);
    }
    return okJson(store.viewTexts([record], expansion(query))[0]);
  },
  patchUsersBulk({ store, body }: OperationInput) {
    const outcome = store.patchMany(body as PatchUser[]);
    if (!outcome.ok) {
      const details = outcome.items.map(({ index, id }) => ({
        fieldName: `/${index}/id`,
        errorCode: outcome.reason === "not-found" ? "not.found" : "invalid.value",
        entityId: id,
      }));
      const ids = outcome.items.map(({ id }) => id).join(", ");
      return outcome.reason === "not-found"
        ? errorResponse(404, "not.found", `No change was made: no such users: ${ids}.`, {
            details,
          })
        : badRequest(`No change was made: users given more than once: ${ids}.`, details);
    }
    const count = outcome.users.length;
    const listing: UserEntityListing = {
      entities: outcome.users.map((user) => store.view(user, new Set())),
      pageSize: count,
      pageNumber: 1,
      total: count,
      pageCount: count === 0 ? 0 : 1,
    };
    return ok(listing);
  },
  getUserState({ store, params }: OperationInput) {
    const id = params["userId"] ?? "";
    const state = store.stateChange(id);
    return state ? ok(state) : userNotFound(id);
  },
  putUserState({ store, params, body }: OperationInput) {
    const id = params["userId"] ?? "";
    const change = body as UpdateUserStateChange;
    const problems: Problem[] = [];
    if (change.state === undefined) {
      problems.push({ fieldName: "/state", errorCode: "missing.value", message: "is required" });
    }
    if (change.version === undefined) {
      problems.push({
        fieldName: "/version",
        errorCode: "missing.value",
        message: "is required: send the version of the last read",
      });
    }
    if (change.state === undefined || change.version === undefined) {
      return problemsResponse(problems);
    }
    const outcome = store.changeState(id, {
      state: change.state,
      version: change.version,
      stateChangeReason: change.stateChangeReason,
    });
    if (!outcome.ok) return updateRefused(id, outcome, change.version);
    return ok(store.stateChange(id));
  },
  postUserInvite({ store, params, query }: OperationInput) {
    const id = params["userId"] ?? "";
    const force = query["force"];
    if (force !== undefined && force !== "true" && force !== "false") {
      return problemsResponse([
        {
          fieldName: "force",
          errorCode: "invalid.value",
          message: `must be true or false, not ${JSON.stringify(force)}`,
        },
      ]);
    }
    return store.invite(id, force === "true") === "not-found" ? userNotFound(id) : noContent();
  },
} satisfies Partial<Record<OperationId, StatefulHandler>>;

/**
 * The operations served with state, by operationId. Every other operation of the spec is
 * answered by the generic spec-driven handler.
 */
export const statefulHandlers = {
  ...userHandlers,
  ...cursorHandlers,
  ...searchHandlers,
  ...routingHandlers,
} satisfies Partial<Record<OperationId, StatefulHandler>>;
