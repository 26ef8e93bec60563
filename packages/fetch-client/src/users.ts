import type {
  CreateUser,
  operations,
  UpdateUser,
  User,
  UserEntityListing,
  UserExpand,
  UserLookupState,
} from "@users-api/types";
import { errorFromResponse, UsersApiError, type RequestInfo } from "./errors.js";
import type { Redactor } from "./redact.js";
import type { Operation, Outcome, Requester } from "./requester.js";
import { backoffDelay, sleep, type RetryPolicy } from "./retry.js";

export interface CallOptions {
  /** Aborts this call, including its retries and waits. */
  signal?: AbortSignal | undefined;
}

export interface GetUserOptions extends CallOptions {
  expand?: UserExpand[] | undefined;
  /** `deleted` finds a soft-deleted user; default `active`. */
  state?: UserLookupState | undefined;
}

/** The query of `GET /api/v2/users` (`pageSize`, `pageNumber`, `state`, `expand`, `id`, ...). */
export type ListUsersQuery = NonNullable<operations["getUsers"]["parameters"]["query"]>;
export type ListUsersOptions = ListUsersQuery & CallOptions;

/** An {@link UpdateUser} whose `version` may be left out: the client then reads it first. */
export type UserPatch = Omit<UpdateUser, "version"> & { version?: number | undefined };

export interface UpdateUserOptions extends CallOptions {
  /**
   * On a version conflict, re-read the user and re-apply the patch up to this many times
   * (default 0: a conflict throws a {@link UsersApiError} whose `isVersionConflict` is true).
   */
  retryOnConflict?: number | undefined;
  /**
   * Where to look the user up when reading its version. By default `active`, and also
   * `deleted` when the patch sets `state` (restoring a deleted user).
   */
  state?: UserLookupState | undefined;
}

/** Every user of a listing, page after page; `pages()` gives the whole pages instead. */
export interface UserList extends AsyncIterable<User> {
  pages(): AsyncIterable<UserEntityListing>;
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
}

const USER_PATH = "/api/v2/users/{userId}";

type WithoutUndefined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** Drops undefined entries, which exactOptionalPropertyTypes does not let through. */
function defined<T extends object>(value: T): WithoutUndefined<T> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out as WithoutUndefined<T>;
}

/**
 * @param requester how to reach the API; asked anew for every call, because it changes when
 *   middleware is added to the client.
 */
export function createUsersApi(
  requester: () => Requester,
  redactor: Redactor,
  retry: RetryPolicy | null,
): UsersApi {
  /** The body of a successful response; throws the error the response stands for. */
  async function call<T>(operation: Operation, allowEmpty = false): Promise<T> {
    const { response, payload }: Outcome = await requester()(operation);
    if (response.ok && (payload !== undefined || allowEmpty)) return payload as T;
    const info: RequestInfo = { method: operation.method, url: response.url || undefined };
    if (!response.ok) throw errorFromResponse(response, payload, redactor, info);
    throw new UsersApiError({
      status: response.status,
      message: `HTTP ${response.status}: the response has no body`,
      correlationId: response.headers.get("inin-correlation-id") ?? undefined,
      ...info,
    });
  }

  async function get(userId: string, options: GetUserOptions = {}): Promise<User> {
    const { signal, expand, state } = options;
    return call({
      method: "GET",
      path: USER_PATH,
      pathParams: { userId },
      query: defined({ expand, state }),
      signal,
    });
  }

  function list(options: ListUsersOptions = {}): UserList {
    const { signal, ...query } = options;
    async function* pages(): AsyncGenerator<UserEntityListing> {
      // Our own counter, not the page's pageNumber: a server that echoes a wrong one cannot
      // make us loop.
      for (let pageNumber = query.pageNumber ?? 1; ; pageNumber++) {
        const page = await call<UserEntityListing>({
          method: "GET",
          path: "/api/v2/users",
          query: defined({ ...query, pageNumber }),
          signal,
        });
        // A server that ignores pageNumber would serve the same page forever.
        if (page.pageNumber !== undefined && page.pageNumber !== pageNumber) return;
        yield page;
        if (!page.entities?.length) return;
        const { pageCount, pageSize = 0, total = Infinity, nextUri } = page;
        if (pageCount !== undefined ? pageNumber >= pageCount : !nextUri) return;
        if (pageNumber * pageSize >= total) return;
      }
    }
    return {
      pages,
      async *[Symbol.asyncIterator]() {
        for await (const page of pages()) yield* page.entities ?? [];
      },
    };
  }

  async function create(body: CreateUser, options: CallOptions = {}): Promise<User> {
    return call({ method: "POST", path: "/api/v2/users", body, signal: options.signal });
  }

  async function remove(userId: string, options: CallOptions = {}): Promise<void> {
    const operation = { path: USER_PATH, pathParams: { userId }, signal: options.signal };
    await call({ ...operation, method: "DELETE" }, true);
  }

  async function currentVersion(
    userId: string,
    patch: UserPatch,
    options: UpdateUserOptions,
  ): Promise<number> {
    const { signal, state } = options;
    if (state !== undefined) return (await get(userId, defined({ state, signal }))).version;
    try {
      return (await get(userId, defined({ signal }))).version;
    } catch (error) {
      const restoring = patch.state !== undefined;
      if (!restoring || !(error instanceof UsersApiError) || error.status !== 404) throw error;
      return (await get(userId, defined({ state: "deleted" as const, signal }))).version;
    }
  }

  async function update(
    userId: string,
    patch: UserPatch,
    options: UpdateUserOptions = {},
  ): Promise<User> {
    const { signal, retryOnConflict = 0 } = options;
    let version = patch.version;
    for (let conflicts = 0; ; conflicts++) {
      version ??= await currentVersion(userId, patch, options);
      const body: UpdateUser = { ...patch, version } as UpdateUser;
      try {
        return await call<User>({
          method: "PATCH",
          path: USER_PATH,
          pathParams: { userId },
          body,
          signal,
        });
      } catch (error) {
        if (!(error instanceof UsersApiError && error.isVersionConflict)) throw error;
        if (conflicts >= retryOnConflict) throw error;
      }
      // Someone else changed the user: re-read it after a short jittered pause, so that
      // competing writers do not collide again at once.
      version = undefined;
      if (retry) await sleep(backoffDelay(retry, conflicts), signal);
    }
  }

  return { get, list, create, update, delete: remove };
}
