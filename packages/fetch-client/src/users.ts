import type {
  CreateUser,
  operations,
  PatchUser,
  RoutingStatus,
  RoutingStatusValue,
  UpdateRoutingStatus,
  UpdateUser,
  UpdateUserStateChange,
  User,
  UserCursorEntityListing,
  UserEntityListing,
  UserLookupState,
  UserMe,
  UserSearchRequest,
  UsersSearchResponse,
  UserState,
  UserStateChange,
} from "@users-api/types";
import {
  errorFromResponse,
  isVersionConflict,
  responseError,
  UsersApiError,
  type UsersApiNetworkError,
  type UsersApiResponseValidationError,
} from "./errors.js";
import type { Redactor } from "./redact.js";
import type { Operation, Outcome, Requester } from "./requester.js";
import { backoffDelay, sleep, type RetryPolicy } from "./retry.js";

export interface CallOptions {
  /** Aborts this call, including its retries and waits. */
  signal?: AbortSignal | undefined;
}

/** `T` with every property optional and open to `undefined` (an option passed on as it came). */
type Passable<T> = { [K in keyof T]?: T[K] | undefined };

/** The query of `GET /api/v2/users/{userId}` (`expand`, `state`: `deleted` finds a soft-deleted user, ...). */
export type GetUserOptions = Passable<NonNullable<operations["getUser"]["parameters"]["query"]>> &
  CallOptions;

/** The query of `GET /api/v2/users` (`pageSize`, `pageNumber`, `state`, `expand`, `id`, ...). */
export type ListUsersQuery = NonNullable<operations["getUsers"]["parameters"]["query"]>;
export type ListUsersOptions = ListUsersQuery & CallOptions;

/** The query of `GET /api/v2/users/me` (`expand` with `UserMeExpand` values, ...). */
export type GetMeOptions = NonNullable<operations["getUsersMe"]["parameters"]["query"]> &
  CallOptions;

/** The query of `GET /api/v2/users/query` (`pageSize`, `cursor` to start from, `state`, ...). */
export type QueryUsersOptions = NonNullable<operations["getUsersQuery"]["parameters"]["query"]> &
  CallOptions;

/** An {@link UpdateUser} whose `version` may be left out: the client then reads it first. */
export type UserPatch = Omit<UpdateUser, "version"> & { version?: number | undefined };

/** An {@link UpdateUserStateChange} whose `version` may be left out: the client reads it first. */
export type UserStateUpdate = Omit<UpdateUserStateChange, "state" | "version"> & {
  state: UserState;
  version?: number | undefined;
};

export interface ConflictOptions extends CallOptions {
  /**
   * On a version conflict, re-read the version and re-apply the change up to this many times
   * (default 0: a conflict throws a {@link UsersApiError} whose `isVersionConflict` is true).
   */
  retryOnConflict?: number | undefined;
}

export interface UpdateUserOptions extends ConflictOptions {
  /**
   * Where to look the user up when reading its version. By default `active`, and also
   * `deleted` when the patch sets `state` (restoring a deleted user).
   */
  state?: UserLookupState | undefined;
}

/** Every item of every page, each page asked for when it is reached; `pages()` gives the pages. */
export interface Paged<T, P> extends AsyncIterable<T> {
  pages(): AsyncIterable<P>;
}

/** Every user of a listing, page after page; `pages()` gives the whole pages instead. */
export type UserList = Paged<User, UserEntityListing>;
/** Every user a search finds, following `nextPage`; `pages()` gives the whole responses. */
export type UserSearchResults = Paged<User, UsersSearchResponse>;
/** Every user of a cursor listing, following `cursor`; `pages()` gives the whole pages. */
export type UserCursorList = Paged<User, UserCursorEntityListing>;

/** A chunk of a bulk update that failed: its patches and why. */
export interface BulkUpdateFailure {
  patches: PatchUser[];
  /**
   * The API refused the chunk (`UsersApiError`: `status`, `code`, `message`), no response came
   * after the retries (`UsersApiNetworkError`, `UsersApiTimeoutError`), or, with
   * `validateResponses`, the response did not match the spec.
   */
  error: UsersApiError | UsersApiNetworkError | UsersApiResponseValidationError;
}

/** What a bulk update did: the users the API returned, and the chunks that failed. */
export interface BulkUpdateResult {
  updated: User[];
  failed: BulkUpdateFailure[];
}

/** `/api/v2/users/{userId}/state`: a user's lifecycle state with the reason of its change. */
export interface UserStateApi {
  get(userId: string, options?: CallOptions): Promise<UserStateChange>;
  /**
   * Moves the user to another state. Without `change.version` the current version is read
   * first; a stale version throws (or is re-read with `retryOnConflict`), as in `update`.
   */
  set(userId: string, change: UserStateUpdate, options?: ConflictOptions): Promise<UserStateChange>;
}

/** `/api/v2/users/{userId}/routingstatus`: an agent's routing (ACD) status. */
export interface RoutingStatusApi {
  get(userId: string, options?: CallOptions): Promise<RoutingStatus>;
  /** Takes the status (`"OFF_QUEUE"`) or the whole body (`{ status: "OFF_QUEUE" }`). */
  set(
    userId: string,
    // `& object`: a misspelt status string must not pass as the body (all of its fields are optional).
    status: RoutingStatusValue | (UpdateRoutingStatus & object),
    options?: CallOptions,
  ): Promise<RoutingStatus>;
}

export interface UsersApi {
  /** Reads one user; throws {@link UsersApiError} (e.g. status 404) when there is none. */
  get(userId: string, options?: GetUserOptions): Promise<User>;
  /** Lists users across pages, following `pageNumber` up to `pageCount`. */
  list(options?: ListUsersOptions): UserList;
  create(body: CreateUser, options?: CallOptions): Promise<User>;
  /**
   * Changes a user. Without `patch.version` the current version is read first. A stale version
   * throws a {@link UsersApiError} with `isVersionConflict`, unless `retryOnConflict` allows
   * re-reading and re-applying.
   */
  update(userId: string, patch: UserPatch, options?: UpdateUserOptions): Promise<User>;
  /** Soft-deletes a user (its `state` becomes `deleted`). */
  delete(userId: string, options?: CallOptions): Promise<void>;
  /** The user the access token was issued to (`GET /api/v2/users/me`). */
  me(options?: GetMeOptions): Promise<UserMe>;
  /**
   * Searches users (`POST /api/v2/users/search`), then reads the next pages with
   * `GET /api/v2/users/search?q64=` from each response's `nextPage`.
   */
  search(request: UserSearchRequest, options?: CallOptions): UserSearchResults;
  /** Lists users by cursor (`GET /api/v2/users/query`), passing each page's `cursor` on. */
  query(options?: QueryUsersOptions): UserCursorList;
  /**
   * Patches any number of users, 50 per request, one request after another. A chunk that
   * fails is reported in `failed` and the others still go; only misuse and aborts throw.
   */
  bulkUpdate(patches: readonly PatchUser[], options?: CallOptions): Promise<BulkUpdateResult>;
  readonly state: UserStateApi;
  readonly routingStatus: RoutingStatusApi;
}

const USERS_PATH = "/api/v2/users";
const USER_PATH = `${USERS_PATH}/{userId}`;
const SEARCH_PATH = `${USERS_PATH}/search`;
const STATE_PATH = `${USER_PATH}/state`;
const ROUTING_PATH = `${USER_PATH}/routingstatus`;
/** The most users one `PATCH /api/v2/users/bulk` takes. */
const BULK_LIMIT = 50;

/** The `q64` of a page link: the token itself, or the API's `/api/v2/users/search?q64=...`. */
function q64Of(link: string | undefined): string | undefined {
  const match = link && /[?&]q64=([^&#]*)/.exec(link);
  return match ? decodeURIComponent(match[1]!) : link;
}

/**
 * @param requester how to reach the API (through openapi-fetch's `client.request`).
 * @param clientSignals the client's own signal, if any: it ends the waits between conflicts too.
 */
export function createUsersApi(
  requester: Requester,
  redactor: Redactor,
  retry: RetryPolicy | null,
  clientSignals: readonly AbortSignal[],
): UsersApi {
  /** The body of a successful response; throws the error the response stands for. */
  async function call<T>(operation: Operation, allowEmpty = false): Promise<T> {
    const { response, data, error }: Outcome = await requester(operation);
    const payload = response.ok ? data : error;
    if (response.ok && (payload !== undefined || allowEmpty)) return payload as T;
    const { method } = operation;
    throw response.ok
      ? responseError(response, method, "the response has no body")
      : errorFromResponse(response, payload, redactor, { method, url: response.url || undefined });
  }

  /** A request about one user: `path` is a template with `{userId}`. */
  function ofUser<T>(
    method: Operation["method"],
    path: string,
    userId: string,
    { signal }: CallOptions,
    body?: unknown,
  ): Promise<T> {
    return call({ method, path, pathParams: { userId }, body, signal });
  }

  /**
   * Pages one after another, from `first`, each asked for when the caller gets to it.
   * `next(page, asked)` gives the request of the page after `page`, undefined after the last
   * one, or null when `page` is not the page asked for (a server that ignores the paging
   * parameter): that ends the paging without yielding it.
   */
  function paged<P, T>(
    first: Operation,
    next: (page: P, asked: Operation) => Operation | null | undefined,
    items: (page: P) => T[] | undefined,
  ): Paged<T, P> {
    async function* pages(): AsyncGenerator<P> {
      for (let asked: Operation | null | undefined = first; asked;) {
        const page: P = await call(asked);
        const following = next(page, asked);
        if (following === null) return;
        yield page;
        asked = following;
      }
    }
    return {
      pages,
      async *[Symbol.asyncIterator]() {
        for await (const page of pages()) yield* items(page) ?? [];
      },
    };
  }

  /**
   * Writes with a version, reading the current one first when there is none. On a version
   * conflict, re-reads and writes again up to `retryOnConflict` times.
   */
  async function versioned<V, T>(
    version: V | undefined,
    read: () => Promise<V>,
    write: (version: V) => Promise<T>,
    { signal, retryOnConflict = 0 }: ConflictOptions,
  ): Promise<T> {
    for (let conflicts = 0; ; conflicts++) {
      version ??= await read();
      try {
        return await write(version);
      } catch (error) {
        if (!isVersionConflict(error) || conflicts >= retryOnConflict) throw error;
      }
      // Someone else changed it: re-read after a short jittered pause, so that competing
      // writers do not collide again at once.
      version = undefined;
      if (retry)
        await sleep(
          backoffDelay(retry, conflicts),
          signal ? [signal, ...clientSignals] : clientSignals,
        );
    }
  }

  async function get(userId: string, { signal, ...query }: GetUserOptions = {}): Promise<User> {
    // `return await`: a tick sooner than returning the promise (no thenable job to resolve it).
    return await call({ method: "GET", path: USER_PATH, pathParams: { userId }, query, signal });
  }

  function list(options: ListUsersOptions = {}): UserList {
    const { signal, ...query } = options;
    const first = { ...query, pageNumber: query.pageNumber ?? 1 };
    return paged<UserEntityListing, User>(
      { method: "GET", path: USERS_PATH, query: first, signal },
      (page, asked) => {
        // Our own counter, not the page's pageNumber: a server that echoes a wrong one cannot
        // make us loop.
        const pageNumber = asked.query!["pageNumber"] as number;
        // A server that ignores pageNumber would serve the same page forever.
        if (page.pageNumber !== undefined && page.pageNumber !== pageNumber) return null;
        if (!page.entities?.length) return;
        const { pageCount, pageSize = 0, total = Infinity, nextUri } = page;
        if (pageCount !== undefined ? pageNumber >= pageCount : !nextUri) return;
        if (pageNumber * pageSize >= total) return;
        return { ...asked, query: { ...asked.query, pageNumber: pageNumber + 1 } };
      },
      (page) => page.entities,
    );
  }

  async function create(body: CreateUser, options: CallOptions = {}): Promise<User> {
    return call({ method: "POST", path: USERS_PATH, body, signal: options.signal });
  }

  async function remove(userId: string, options: CallOptions = {}): Promise<void> {
    await call(
      { method: "DELETE", path: USER_PATH, pathParams: { userId }, signal: options.signal },
      true,
    );
  }

  async function currentVersion(
    userId: string,
    patch: UserPatch,
    options: UpdateUserOptions,
  ): Promise<number> {
    const { signal, state } = options;
    try {
      return (await get(userId, { state, signal })).version;
    } catch (error) {
      // Restoring a user (the patch sets `state`) may find it among the deleted ones only.
      const restoring = state === undefined && patch.state !== undefined;
      if (!restoring || !(error instanceof UsersApiError) || error.status !== 404) throw error;
      return (await get(userId, { state: "deleted" as const, signal })).version;
    }
  }

  function update(
    userId: string,
    patch: UserPatch,
    options: UpdateUserOptions = {},
  ): Promise<User> {
    return versioned(
      patch.version,
      () => currentVersion(userId, patch, options),
      (version) => ofUser<User>("PATCH", USER_PATH, userId, options, { ...patch, version }),
      options,
    );
  }

  function me({ signal, ...query }: GetMeOptions = {}): Promise<UserMe> {
    return call({ method: "GET", path: `${USERS_PATH}/me`, query, signal });
  }

  function search(request: UserSearchRequest, { signal }: CallOptions = {}): UserSearchResults {
    // The next pages keep the request's expand (the GET takes it too).
    const { expand, integrationPresenceSource } = request;
    return paged<UsersSearchResponse, User>(
      { method: "POST", path: SEARCH_PATH, body: request, signal },
      (page, asked) => {
        const q64 = q64Of(page.nextPage);
        // The API sends a nextPage on the last page too: pageCount says where the end is.
        if (!q64 || q64 === asked.query?.["q64"] || !page.results?.length) return;
        if (page.pageNumber >= page.pageCount) return;
        const query = { q64, expand, integrationPresenceSource }; // undefined ones are left out
        return { method: "GET", path: SEARCH_PATH, query, signal };
      },
      (page) => page.results,
    );
  }

  function query({ signal, ...params }: QueryUsersOptions = {}): UserCursorList {
    return paged<UserCursorEntityListing, User>(
      { method: "GET", path: `${USERS_PATH}/query`, query: params, signal },
      ({ cursor, entities }, asked) => {
        if (!cursor || cursor === asked.query?.["cursor"] || !entities?.length) return;
        return { ...asked, query: { ...asked.query, cursor } };
      },
      (page) => page.entities,
    );
  }

  async function bulkUpdate(
    patches: readonly PatchUser[],
    options: CallOptions = {},
  ): Promise<BulkUpdateResult> {
    if (!Array.isArray(patches)) throw new TypeError("patches must be an array");
    const result: BulkUpdateResult = { updated: [], failed: [] };
    // One chunk after another: a 429 is retried (after its Retry-After) before the next goes.
    for (let start = 0; start < patches.length; start += BULK_LIMIT) {
      const chunk = patches.slice(start, start + BULK_LIMIT);
      try {
        const listing = await call<UserEntityListing>({
          method: "PATCH",
          path: `${USERS_PATH}/bulk`,
          body: chunk,
          signal: options.signal,
        });
        result.updated.push(...(listing.entities ?? []));
      } catch (error) {
        // Anything else (an abort above all) is not about this chunk: it ends the call.
        // (UsersApiNetworkError and UsersApiResponseValidationError are UsersApiErrors too.)
        if (!(error instanceof UsersApiError)) throw error;
        result.failed.push({ patches: chunk, error });
      }
    }
    return result;
  }

  const state: UserStateApi = {
    get: (userId, options = {}) => ofUser("GET", STATE_PATH, userId, options),
    set: (userId, change, options = {}) =>
      versioned(
        change.version,
        async () => (await state.get(userId, options)).version,
        (version) => ofUser("PUT", STATE_PATH, userId, options, { ...change, version }),
        options,
      ),
  };
  const routingStatus: RoutingStatusApi = {
    get: (userId, options = {}) => ofUser("GET", ROUTING_PATH, userId, options),
    set: (userId, status, options = {}) =>
      ofUser("PUT", ROUTING_PATH, userId, options, typeof status == "string" ? { status } : status),
  };

  return {
    get,
    list,
    create,
    update,
    delete: remove,
    me,
    search,
    query,
    bulkUpdate,
    state,
    routingStatus,
  };
}
