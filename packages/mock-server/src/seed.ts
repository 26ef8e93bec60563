import type { Contact, OrgUser, Trustor, UserState } from "@users-api/types";
import {
  divisions,
  groups,
  partnerOrganizations,
  presenceDefinitions,
  presenceSourceId,
  roles,
  routingLanguages,
  routingSkills,
  sites,
  teams,
} from "./catalog.js";
import { contactDisplay } from "./contacts.js";
import { createPrng, type Prng } from "./prng.js";
import type { ExternalId, StoreContents, UserRecord } from "./records.js";

const FIRST_NAMES = [
  "Ada",
  "Alan",
  "Amara",
  "Ana",
  "Arjun",
  "Beatriz",
  "Bruno",
  "Chen",
  "Chloe",
  "Daniel",
  "Diego",
  "Elena",
  "Emeka",
  "Fatima",
  "Finn",
  "Grace",
  "Hana",
  "Hugo",
  "Ines",
  "Isaac",
  "Jamal",
  "Julia",
  "Kai",
  "Kenji",
  "Lars",
  "Leila",
  "Lucas",
  "Maya",
  "Mei",
  "Nadia",
  "Noah",
  "Olga",
  "Omar",
  "Priya",
  "Rafael",
  "Rosa",
  "Samir",
  "Sofia",
  "Tariq",
  "Yara",
];
const LAST_NAMES = [
  "Adeyemi",
  "Andersen",
  "Bauer",
  "Brennan",
  "Costa",
  "Dubois",
  "Esposito",
  "Fischer",
  "Garcia",
  "Haddad",
  "Ito",
  "Jensen",
  "Kowalski",
  "Larsen",
  "Martin",
  "Moreau",
  "Nakamura",
  "Novak",
  "O'Connor",
  "Okafor",
  "Patel",
  "Quinn",
  "Rossi",
  "Santos",
  "Schmidt",
  "Silva",
  "Tanaka",
  "Turner",
  "Varga",
  "Walsh",
  "Wong",
  "Yilmaz",
  "Zhang",
];
const DEPARTMENTS: Record<string, readonly string[]> = {
  "Customer Care": ["Customer Care Agent", "Senior Agent", "Team Lead", "Quality Analyst"],
  Sales: ["Account Executive", "Sales Development Rep", "Sales Manager"],
  Engineering: ["Software Engineer", "Site Reliability Engineer", "Engineering Manager"],
  Operations: ["Workforce Planner", "Operations Manager", "Reporting Analyst"],
};
const CERTIFICATIONS = ["ITIL v4", "COPC", "CCNA", "HDI Support Center Analyst", "Six Sigma"];
const PROFILE_SKILLS = ["Coaching", "Spreadsheets", "Public speaking", "SQL", "Escalations"];
const INTERESTS = ["cycling", "chess", "photography", "gardening", "jazz", "hiking", "baking"];
const HOBBIES = ["running", "painting", "climbing", "knitting", "sailing", "pottery"];
const SCHOOLS = ["Trinity College Dublin", "University of Sydney", "Purdue University"];
const STUDIES = ["Business", "Computer Science", "Psychology", "Linguistics"];
const LANGUAGE_PREFERENCES = ["en-US", "en-GB", "es", "fr", "de", "pt-BR", "ja"];
const CITIES = [
  { city: "Indianapolis", region: "Indiana", country: "United States", lat: 39.77, lon: -86.16 },
  { city: "Galway", region: "Connacht", country: "Ireland", lat: 53.27, lon: -9.05 },
  { city: "Sydney", region: "New South Wales", country: "Australia", lat: -33.87, lon: 151.21 },
];

/** The instant seeded dates are measured from, so they never depend on the clock. */
const EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);
const iso = (offsetMinutes: number): string =>
  new Date(EPOCH + offsetMinutes * 60_000).toISOString();
const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** How the state of the seeded user at `index` is chosen: a few inactive and deleted ones. */
export function seededState(index: number): UserState {
  if (index % 20 === 13) return "deleted";
  if (index % 10 === 7) return "inactive";
  return "active";
}

const asciiSlug = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, "");

const phoneNumber = (prng: Prng): string =>
  `+1317555${String(prng.int(100, 9999)).padStart(4, "0")}`;

const displayed = (contact: Contact): Contact => {
  const display = contactDisplay(contact);
  return display === undefined ? contact : { ...contact, display };
};

function seedAddresses(prng: Prng): Contact[] {
  const addresses: Contact[] = [
    { address: phoneNumber(prng), mediaType: "PHONE", type: "WORK", countryCode: "US" },
  ];
  if (prng.chance(0.5)) {
    addresses.push({
      address: phoneNumber(prng),
      mediaType: "SMS",
      type: "MOBILE",
      countryCode: "US",
    });
  }
  if (prng.chance(0.4)) {
    addresses.push({ extension: String(prng.int(2000, 8999)), mediaType: "PHONE", type: "WORK2" });
  }
  return addresses.map(displayed);
}

function seedUser(prng: Prng, index: number, earlier: readonly UserRecord[], emails: Set<string>) {
  const id = prng.uuid();
  const first = prng.pick(FIRST_NAMES);
  const last = prng.pick(LAST_NAMES);
  const name = `${first} ${last}`;
  let email = `${asciiSlug(first)}.${asciiSlug(last)}@example.com`;
  for (let n = 2; emails.has(email); n++) {
    email = `${asciiSlug(first)}.${asciiSlug(last)}${n}@example.com`;
  }
  emails.add(email);

  const department = prng.pick(Object.keys(DEPARTMENTS));
  const title = prng.pick(DEPARTMENTS[department] ?? ["Agent"]);
  const division = divisions.find((d) => d.name === department) ?? divisions[0];
  const presence = prng.pick(presenceDefinitions);
  const city = prng.pick(CITIES);
  const site = prng.pick(sites);
  const hireYear = prng.int(2012, 2025);
  const minutesAgo = prng.int(5, 60 * 24 * 30);
  const userSkills = prng.sample(routingSkills, prng.int(1, 3));
  const userLanguages = prng.sample(routingLanguages, prng.int(1, 2));
  const stationId = prng.uuid();

  const user: UserRecord = {
    id,
    name,
    division: { id: division.id, name: division.name, selfUri: division.selfUri },
    chat: { jabberId: `${id.replace(/-/g, "").slice(0, 24)}@usersapimock.orgspan.com` },
    department,
    email,
    addresses: seedAddresses(prng),
    state: seededState(index),
    title,
    username: email,
    images: ["x96", "x300"].map((resolution) => ({
      resolution,
      imageUri: `https://images.example.com/users/${id}/${resolution}.jpg`,
    })),
    version: prng.int(1, 6),
    certifications: prng.sample(CERTIFICATIONS, prng.int(0, 2)),
    biography: {
      biography: `${first} works in ${department} as ${title}.`,
      interests: prng.sample(INTERESTS, prng.int(1, 3)),
      hobbies: prng.sample(HOBBIES, prng.int(0, 2)),
      education: [
        {
          school: prng.pick(SCHOOLS),
          fieldOfStudy: prng.pick(STUDIES),
          dateStart: isoDate(hireYear - 6, 9, 1),
          dateEnd: isoDate(hireYear - 2, 6, 30),
        },
      ],
    },
    employerInfo: {
      officialName: name,
      employeeId: `E-${String(10001 + index)}`,
      employeeType: prng.pick(["Full-time", "Full-time", "Part-time", "Contractor"]),
      dateHire: isoDate(hireYear, prng.int(1, 12), prng.int(1, 28)),
    },
    routingStatus: {
      userId: id,
      status: prng.pick(["OFF_QUEUE", "IDLE", "INTERACTING", "COMMUNICATING"] as const),
      startTime: iso(-minutesAgo),
    },
    presence: {
      id: presenceSourceId,
      name: presence.name,
      source: "PURECLOUD",
      sourceId: presenceSourceId,
      primary: true,
      presenceDefinition: {
        id: presence.id,
        systemPresence: presence.systemPresence,
        selfUri: `/api/v2/presencedefinitions/${presence.id}`,
      },
      modifiedDate: iso(-minutesAgo),
      selfUri: `/api/v2/users/${id}/presences/PURECLOUD`,
    },
    conversationSummary: {
      userId: id,
      call: {
        contactCenter: { active: prng.int(0, 1), acw: prng.int(0, 1) },
        enterprise: { active: 0, acw: 0 },
      },
      email: {
        contactCenter: { active: prng.int(0, 3), acw: 0 },
        enterprise: { active: prng.int(0, 2), acw: 0 },
      },
      message: {
        contactCenter: { active: prng.int(0, 4), acw: prng.int(0, 1) },
        enterprise: { active: 0, acw: 0 },
      },
    },
    outOfOffice: {
      id: prng.uuid(),
      name: "OutOfOffice",
      active: false,
      indefinite: false,
      selfUri: `/api/v2/users/${id}/outofoffice`,
    },
    geolocation: {
      id: `${id}_web`,
      name: "GEOLOCATION",
      type: "web",
      primary: true,
      latitude: Math.round((city.lat + prng.next() / 10) * 1e4) / 1e4,
      longitude: Math.round((city.lon + prng.next() / 10) * 1e4) / 1e4,
      country: city.country,
      region: city.region,
      city: city.city,
      selfUri: `/api/v2/users/${id}/geolocations/web`,
    },
    station: {
      associatedStation: {
        id: stationId,
        name: `WebRTC - ${name}`,
        type: "inin_webrtc_softphone",
        associatedDate: iso(-minutesAgo),
        webRtcCallAppearances: 100,
      },
      effectiveStation: {
        id: stationId,
        name: `WebRTC - ${name}`,
        type: "inin_webrtc_softphone",
        webRtcCallAppearances: 100,
      },
    },
    authorization: {
      roles: [roles[0], prng.pick(roles.slice(1))].map((role) => ({ ...(role ?? roles[0]!) })),
      unusedRoles: [],
      permissions: ["directory:user:view", "routing:agent:view", "analytics:queueObservation:view"],
    },
    profileSkills: prng.sample(PROFILE_SKILLS, prng.int(0, 3)),
    locations: [
      {
        id: site.id ?? "",
        notes: `Desk ${prng.int(1, 4)}.${String(prng.int(1, 60)).padStart(2, "0")}`,
        locationDefinition: site,
      },
    ],
    groups: prng.sample(groups, prng.int(1, 2)),
    team: prng.pick(teams),
    skills: userSkills.map((skill) => ({
      id: skill.id,
      name: skill.name,
      proficiency: prng.int(1, 10) / 2,
      state: "active",
      skillUri: `/api/v2/routing/skills/${skill.id}`,
      selfUri: `/api/v2/users/${id}/routingskills/${skill.id}`,
    })),
    languages: userLanguages.map((language) => ({
      id: language.id,
      name: language.name,
      proficiency: prng.int(2, 10) / 2,
      state: "active",
      languageUri: `/api/v2/routing/languages/${language.id}`,
      selfUri: `/api/v2/users/${id}/routinglanguages/${language.id}`,
    })),
    acdAutoAnswer: prng.chance(0.3),
    languagePreference: prng.pick(LANGUAGE_PREFERENCES),
    lastTokenIssued: { dateIssued: iso(-prng.int(1, 60 * 24 * 7)) },
  };
  // A small hierarchy: the first user leads, the next few report to them, the rest to one
  // of the first fifth of the users.
  if (index > 0) {
    const managers = earlier.slice(0, Math.max(1, Math.min(index, Math.ceil(index / 5))));
    user.managerId = prng.pick(managers).id;
  }
  return user;
}

function seedTrustors(prng: Prng, user: UserRecord): Trustor[] {
  if (!prng.chance(0.3)) return [];
  return prng.sample(partnerOrganizations, prng.int(1, partnerOrganizations.length)).map((org) => {
    const creatorId = prng.uuid();
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const email = `${asciiSlug(first)}.${asciiSlug(last)}@${org.domain ?? "example.net"}`;
    const createdBy: OrgUser = {
      id: creatorId,
      name: `${first} ${last}`,
      email,
      username: email,
      state: "active",
      title: "Partner Administrator",
      version: prng.int(1, 9),
      organization: org,
    };
    return {
      id: org.id ?? "",
      enabled: prng.chance(0.85),
      dateCreated: iso(-prng.int(60 * 24, 60 * 24 * 365)),
      createdBy,
      organization: org,
      authorization: { permissions: ["directory:user:view", "routing:queue:view"] },
      selfUri: `/api/v2/orgauthorization/trustors/${org.id ?? ""}/users/${user.id}`,
    };
  });
}

/**
 * The external authority that knows every seeded user, by their `employerInfo.employeeId`
 * (`GET /api/v2/users/externalid/HRIS/E-10001` finds the first seeded user).
 */
export const SEEDED_EXTERNAL_AUTHORITY = "HRIS";

/** Deterministic, realistic users: the same `count` always gives the same users. */
export function seedContents(count: number): StoreContents {
  const prng = createPrng(count * 2654435761);
  const users: UserRecord[] = [];
  const trustors = new Map<string, Trustor[]>();
  const externalIds = new Map<string, ExternalId[]>();
  const emails = new Set<string>();
  for (let index = 0; index < count; index++) {
    const user = seedUser(prng, index, users, emails);
    users.push(user);
    const trusts = seedTrustors(prng, user);
    if (trusts.length > 0) trustors.set(user.id, trusts);
    // Derived, not drawn from the PRNG: the seeded users stay what they were.
    const employeeId = user.employerInfo?.employeeId;
    if (employeeId !== undefined) {
      externalIds.set(user.id, [
        { authorityName: SEEDED_EXTERNAL_AUTHORITY, externalKey: employeeId },
      ]);
    }
  }
  return { users, trustors, externalIds };
}
