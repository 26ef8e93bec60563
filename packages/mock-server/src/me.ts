import type { User, UserMe } from "@users-api/types";
import { homeOrganization, presenceDefinitions, roles, routingSkills, sites } from "./catalog.js";
import type { UserRecord } from "./records.js";
import type { UserStore } from "./store.js";

/** How many users the calling user's lists hold at most (superiors, direct reports). */
const MAX_RELATED = 50;

/** The live users that report to a user, by name. */
function directReportsOf(store: UserStore, id: string): UserRecord[] {
  return store.query({ state: "any" }).filter((u) => u.managerId === id && u.state !== "deleted");
}

/** A user's managers, nearest first (stops at a cycle or a deleted manager). */
function superiorsOf(store: UserStore, record: UserRecord): UserRecord[] {
  const chain: UserRecord[] = [];
  const seen = new Set([record.id]);
  let managerId = record.managerId;
  while (managerId !== undefined && !seen.has(managerId) && chain.length < MAX_RELATED) {
    const manager = store.record(managerId);
    if (!manager || manager.state === "deleted") break;
    chain.push(manager);
    seen.add(managerId);
    managerId = manager.managerId;
  }
  return chain;
}

/**
 * The calling user as `GET /api/v2/users/me` returns it: the user's view with the `UserExpand`
 * values asked for, plus the extras only this operation has. The mock fills `date`,
 * `organization`, `presenceDefinitions`, `divisionedPresenceDefinitions`,
 * `locationDefinitions`, `orgAuthorization`, `superiors`, `directReports`, `adjacents`,
 * `routingSkills` and `trustors`; it has no data for the other extras (expansions are best
 * effort) and leaves them out.
 */
export function userMeView(
  store: UserStore,
  record: UserRecord,
  expand: ReadonlySet<string>,
): UserMe {
  const plain = (users: readonly UserRecord[]): User[] =>
    users.slice(0, MAX_RELATED).map((user) => store.view(user, new Set()));
  const me: UserMe = store.view(record, expand);
  if (expand.has("date")) me.date = { currentDate: store.timestamp() };
  if (expand.has("organization")) me.organization = structuredClone(homeOrganization);
  const presences = () =>
    presenceDefinitions.map((p) => ({
      id: p.id,
      systemPresence: p.systemPresence,
      languageLabels: { en_US: p.name },
      selfUri: `/api/v2/presencedefinitions/${p.id}`,
    }));
  if (expand.has("presencedefinitions")) me.presenceDefinitions = presences();
  if (expand.has("divisionedpresencedefinitions")) me.divisionedPresenceDefinitions = presences();
  if (expand.has("locationdefinitions")) me.locationDefinitions = structuredClone([...sites]);
  if (expand.has("orgauthorization")) {
    me.orgAuthorization = roles.map((role) => ({
      id: role.id,
      name: role.name,
      permissionPolicies: [],
    }));
  }
  if (expand.has("superiors")) me.superiors = plain(superiorsOf(store, record));
  if (expand.has("directreports")) me.directReports = plain(directReportsOf(store, record.id));
  if (expand.has("adjacents")) {
    const managerId = record.managerId;
    me.adjacents = {
      superiors: plain(superiorsOf(store, record).slice(0, 1)),
      siblings: plain(
        managerId === undefined
          ? []
          : directReportsOf(store, managerId).filter((u) => u.id !== record.id),
      ),
      directReports: plain(directReportsOf(store, record.id)),
    };
  }
  if (expand.has("routingskills")) {
    me.routingSkills = routingSkills.map((skill) => ({
      id: skill.id,
      name: skill.name,
      selfUri: `/api/v2/routing/skills/${skill.id}`,
    }));
  }
  if (expand.has("trustors")) me.trustors = store.trustors(record.id);
  return me;
}
