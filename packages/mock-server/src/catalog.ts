import type { Division, Group, LocationDefinition, Organization, Team } from "@users-api/types";
import { createPrng } from "./prng.js";

/**
 * Fixed reference data (divisions, groups, teams, skills, languages, sites, partner
 * organizations) shared by every seed, so their ids are the same in every mock server.
 */
const prng = createPrng(0x0c0ffee);

function division(name: string): Required<Pick<Division, "id" | "name" | "selfUri">> {
  const id = prng.uuid();
  return { id, name, selfUri: `/api/v2/authorization/divisions/${id}` };
}

export const divisions = [
  division("Home"),
  division("Sales"),
  division("Customer Care"),
  division("Engineering"),
] as const;

/** The "Home" division every organization has; a good `divisionId` for CreateUser. */
export const homeDivision = divisions[0];

export function divisionById(id: string): Division {
  return (
    divisions.find((d) => d.id === id) ?? { id, selfUri: `/api/v2/authorization/divisions/${id}` }
  );
}

function group(name: string, description: string): Group {
  const id = prng.uuid();
  return {
    id,
    name,
    description,
    type: "official",
    rulesVisible: true,
    visibility: "public",
    state: "active",
    version: 1,
    selfUri: `/api/v2/groups/${id}`,
  };
}

export const groups: readonly Group[] = [
  group("All Staff", "Everyone in the organization"),
  group("Escalations", "Agents who take escalated contacts"),
  group("Night Shift", "Agents on the night rota"),
  group("Mentors", "People who coach new starters"),
];

function team(name: string, description: string, owner: (typeof divisions)[number]): Team {
  const id = prng.uuid();
  return {
    id,
    name,
    description,
    division: { id: owner.id, name: owner.name, selfUri: owner.selfUri },
    dateCreated: "2025-03-01T08:00:00.000Z",
    dateModified: "2025-09-15T12:30:00.000Z",
    selfUri: `/api/v2/teams/${id}`,
  };
}

export const teams: readonly Team[] = [
  team("Tier 1 Support", "First-line support agents", divisions[2]),
  team("Tier 2 Support", "Technical support agents", divisions[2]),
  team("Inside Sales", "Inbound sales", divisions[1]),
  team("Platform", "Builds the contact-centre platform", divisions[3]),
];

export interface CatalogEntry {
  id: string;
  name: string;
}

const entries = (names: readonly string[]): CatalogEntry[] =>
  names.map((name) => ({ id: prng.uuid(), name }));

export const routingSkills = entries([
  "Billing",
  "Technical Support",
  "Returns",
  "Sales",
  "Retention",
  "VIP Care",
  "Complaints",
]);

export const routingLanguages = entries([
  "English",
  "Spanish",
  "French",
  "German",
  "Portuguese",
  "Japanese",
]);

function site(
  name: string,
  street1: string,
  city: string,
  state: string,
  zipcode: string,
  country: string,
  countryName: string,
): LocationDefinition {
  const id = prng.uuid();
  return {
    id,
    name,
    address: { street1, city, state, zipcode, country, countryName },
    emergencyNumber: { e164: "+1911", number: "911", type: "default" },
    state: "active",
    version: 1,
    path: [],
    selfUri: `/api/v2/locations/${id}`,
  };
}

export const sites: readonly LocationDefinition[] = [
  site("Indianapolis HQ", "601 Merchants Sq", "Indianapolis", "IN", "46204", "US", "United States"),
  site("Galway Office", "1 Mervue Business Park", "Galway", "Galway", "H91 R2TX", "IE", "Ireland"),
  site("Sydney Office", "88 Walker St", "North Sydney", "NSW", "2060", "AU", "Australia"),
];

function organization(name: string, domain: string): Organization {
  const id = prng.uuid();
  return {
    id,
    name,
    defaultLanguage: "en",
    defaultCountryCode: "US",
    thirdPartyOrgName: domain.split(".")[0] ?? domain,
    domain,
    version: 3,
    state: "active",
    voicemailEnabled: true,
    productPlatform: "GenesysCloud",
    selfUri: `/api/v2/organizations/${id}`,
  };
}

/** Partner organizations that trust some seeded users. */
export const partnerOrganizations: readonly Organization[] = [
  organization("Northwind Outsourcing", "northwind.example.net"),
  organization("Contoso Care", "contoso.example.org"),
  organization("Fabrikam Support", "fabrikam.example.com"),
];

export const presenceDefinitions = [
  { id: prng.uuid(), systemPresence: "AVAILABLE", name: "Available" },
  { id: prng.uuid(), systemPresence: "AWAY", name: "Away" },
  { id: prng.uuid(), systemPresence: "BUSY", name: "Busy" },
  { id: prng.uuid(), systemPresence: "MEAL", name: "Meal" },
  { id: prng.uuid(), systemPresence: "OFFLINE", name: "Offline" },
  { id: prng.uuid(), systemPresence: "ON_QUEUE", name: "On Queue" },
] as const;

export const presenceSourceId = prng.uuid();

export const roles: readonly CatalogEntry[] = entries([
  "employee",
  "Agent",
  "Supervisor",
  "Quality Evaluator",
  "Admin",
]);

/** The organization every seeded user belongs to (what `/users/me?expand=organization` shows). */
export const homeOrganization: Organization = organization("Users API Mock", "example.com");

const byId = (entries: readonly CatalogEntry[], id: string): CatalogEntry | undefined =>
  entries.find((entry) => entry.id === id);

/** The organization routing skill with this id, if the catalog has one. */
export const routingSkillById = (id: string): CatalogEntry | undefined => byId(routingSkills, id);

/** The organization routing language with this id, if the catalog has one. */
export const routingLanguageById = (id: string): CatalogEntry | undefined =>
  byId(routingLanguages, id);
