import {
  createUsersClient,
  isVersionConflict,
  type User,
  type UsersClient,
} from "@users-api/fetch-client";
import { validateUpdateUser, type Issue } from "@users-api/validators";

/** A product team's own module over the Users API: the one place that knows how to reach it. */

export interface DirectoryOptions {
  /** The API origin, e.g. `https://api.mypurecloud.com`, or a mock server's `url`. */
  baseUrl: string;
  accessToken: string;
}

export function connectDirectory(options: DirectoryOptions): UsersClient {
  return createUsersClient({ baseUrl: options.baseUrl, accessToken: options.accessToken });
}

/** The active user with this e-mail address (any case), reading the listing page by page. */
export async function findUserByEmail(
  client: UsersClient,
  email: string,
): Promise<User | undefined> {
  const wanted = email.toLowerCase();
  for await (const user of client.users.list({ pageSize: 25 })) {
    if (user.email?.toLowerCase() === wanted) return user;
  }
  return undefined;
}

export type ChangeOutcome =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid"; issues: Issue[] }
  | { ok: false; reason: "conflict" };

/**
 * Applies a change submitted from a form: untrusted JSON carrying the `version` the form was
 * loaded at. It is validated here first, so a malformed change never reaches the API; a stale
 * version is reported rather than retried, so the person can review the newer data.
 */
export async function applySubmittedChange(
  client: UsersClient,
  userId: string,
  submitted: unknown,
): Promise<ChangeOutcome> {
  const checked = validateUpdateUser(submitted);
  if (!checked.ok) return { ok: false, reason: "invalid", issues: checked.issues };
  try {
    return { ok: true, user: await client.users.update(userId, checked.value) };
  } catch (error) {
    if (isVersionConflict(error)) return { ok: false, reason: "conflict" };
    throw error;
  }
}
