// A request body's type is the writable view of its schema at every depth (openapi-typescript's
// recursive `Writable<...>`): read-only properties of the models it holds are left out too. The
// validators refuse them wherever they are, so a value that passes has that type. Read models
// still accept read-only properties everywhere.
import { describe, expect, it } from "vitest";
import {
  isCreateUser,
  isUpdateUser,
  updateUserSchema,
  validateCreateUser,
  validateOrgUser,
  validateUpdateUser,
  validateUser,
} from "../src/index.js";

const group = { name: "Analysts", type: "official", rulesVisible: true, visibility: "public" };

function readOnlyIssue(path: string, property: string, where: string) {
  return {
    path,
    keyword: "readOnly",
    message: `property "${property}" in ${where} is read-only and cannot be sent`,
  };
}

describe("a request body refuses read-only properties at every depth", () => {
  it("UpdateUser: a contact's display, at the path of the contact", () => {
    const patch = { version: 1, addresses: [{ address: "ada@example.com", display: "Ada" }] };
    expect(validateUpdateUser(patch)).toEqual({
      ok: false,
      issues: [readOnlyIssue("/addresses/0", "display", "addresses[0]")],
    });
    expect(isUpdateUser(patch)).toBe(false);
  });

  it("UpdateUser: a group's id (and the group's other read-only fields)", () => {
    expect(validateUpdateUser({ version: 1, groups: [{ ...group, id: "g-1" }] })).toEqual({
      ok: false,
      issues: [readOnlyIssue("/groups/0", "id", "groups[0]")],
    });
    expect(
      validateUpdateUser({ version: 1, groups: [{ ...group, version: 2, memberCount: 5 }] }),
    ).toEqual({
      ok: false,
      issues: [
        readOnlyIssue("/groups/0", "memberCount", "groups[0]"),
        readOnlyIssue("/groups/0", "version", "groups[0]"),
      ],
    });
  });

  it("UpdateUser: the read-only fields of a group's owners, and of their managers", () => {
    const owner = { version: 1, id: "u-2", manager: { version: 1, selfUri: "/api/v2/users/u-3" } };
    expect(validateUpdateUser({ version: 1, groups: [{ ...group, owners: [owner] }] })).toEqual({
      ok: false,
      issues: [
        readOnlyIssue("/groups/0/owners/0", "id", "groups[0].owners[0]"),
        readOnlyIssue("/groups/0/owners/0/manager", "selfUri", "groups[0].owners[0].manager"),
      ],
    });
    // An owner's groups are read-only as a whole, so they are refused without being looked into.
    expect(
      validateUpdateUser({
        version: 1,
        groups: [{ ...group, owners: [{ version: 1, groups: [{ ...group, id: "g-2" }] }] }],
      }),
    ).toEqual({
      ok: false,
      issues: [readOnlyIssue("/groups/0/owners/0", "groups", "groups[0].owners[0]")],
    });
  });

  it("UpdateUser: read-only fields inside locations", () => {
    const location = { id: "l-1", floorplanId: "f", locationDefinition: { id: "d", name: "HQ" } };
    expect(validateUpdateUser({ version: 1, locations: [location] })).toEqual({
      ok: false,
      issues: [
        readOnlyIssue("/locations/0", "floorplanId", "locations[0]"),
        readOnlyIssue("/locations/0/locationDefinition", "id", "locations[0].locationDefinition"),
      ],
    });
  });

  it("CreateUser: a contact's display", () => {
    const body = {
      name: "Charles",
      email: "charles@example.com",
      divisionId: "d-1",
      addresses: [{ address: "+442071234599", mediaType: "PHONE", display: "+44 20 7123 4599" }],
    };
    expect(validateCreateUser(body)).toEqual({
      ok: false,
      issues: [readOnlyIssue("/addresses/0", "display", "addresses[0]")],
    });
    expect(isCreateUser(body)).toBe(false);
    const { display: _display, ...writable } = body.addresses[0]!;
    expect(validateCreateUser({ ...body, addresses: [writable] }).ok).toBe(true);
  });

  it("accepts the same nested models without their read-only fields", () => {
    const patch = {
      version: 1,
      addresses: [{ address: "ada@example.com", mediaType: "EMAIL", type: "WORK" }],
      groups: [{ ...group, owners: [{ version: 1, name: "Bo", manager: { version: 2 } }] }],
      locations: [{ id: "l-1", locationDefinition: { name: "HQ" } }],
    };
    expect(validateUpdateUser(patch)).toEqual({ ok: true, value: patch });
  });

  it("Standard Schema: the issue points at the object that has the property", async () => {
    const patch = { version: 1, addresses: [{ display: "Ada" }] };
    expect(await updateUserSchema["~standard"].validate(patch)).toEqual({
      issues: [
        {
          path: ["addresses", 0],
          message: 'property "display" in addresses[0] is read-only and cannot be sent',
        },
      ],
    });
  });
});

describe("read models accept read-only properties at every depth", () => {
  const owner = {
    version: 1,
    id: "u-2",
    selfUri: "/api/v2/users/u-2",
    state: "active",
    manager: { version: 1, id: "u-3", selfUri: "/api/v2/users/u-3" },
  };
  const user = {
    version: 1,
    id: "u-1",
    selfUri: "/api/v2/users/u-1",
    state: "active",
    primaryContactInfo: [{ address: "ada@example.com", display: "Ada" }],
    addresses: [{ address: "ada@example.com", display: "Ada" }],
    groups: [{ ...group, id: "g-1", version: 3, memberCount: 2, owners: [owner] }],
    locations: [{ id: "l-1", floorplanId: "f", locationDefinition: { id: "d", path: ["a"] } }],
    manager: owner,
  };

  it("User", () => {
    expect(validateUser(user)).toEqual({ ok: true, value: user });
  });

  it("OrgUser", () => {
    expect(validateOrgUser(user)).toEqual({ ok: true, value: user });
  });
});
