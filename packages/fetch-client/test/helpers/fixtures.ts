import type { User, UserEntityListing } from "@users-api/types";

export const USER_ID = "6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
export const USER_PATH = `/api/v2/users/${USER_ID}`;

export function user(overrides: Partial<User> = {}): User {
  return {
    id: USER_ID,
    name: "Ada Lovelace",
    email: "ada@example.com",
    state: "active",
    version: 3,
    selfUri: USER_PATH,
    ...overrides,
  };
}

/** Page `pageNumber` of `total` users split into pages of `pageSize`, as the API pages them. */
export function page(pageNumber: number, pageSize: number, total: number): UserEntityListing {
  const pageCount = Math.ceil(total / pageSize);
  const first = (pageNumber - 1) * pageSize;
  const count = Math.max(0, Math.min(pageSize, total - first));
  const entities = Array.from({ length: count }, (_, i) =>
    user({ id: `user-${first + i + 1}`, name: `User ${first + i + 1}` }),
  );
  const uri = (n: number) => `/api/v2/users?pageSize=${pageSize}&pageNumber=${n}`;
  return {
    entities,
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    lastUri: uri(pageCount),
    ...(pageNumber < pageCount && { nextUri: uri(pageNumber + 1) }),
    ...(pageNumber > 1 && { previousUri: uri(pageNumber - 1) }),
  };
}

export const errorBody = (status: number, code: string, message: string) => ({
  status,
  code,
  message,
  contextId: `ctx-${status}-${code}`,
});
