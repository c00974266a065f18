// The demo's organization directory: an insurer and its TPA (the sample case's claims
// administrator, linked to its entry), another TPA, a UR organization, a medical group, a
// facility and a device maker, each with the other names it is written under.
import { db } from "../../lib/db/client.ts";
import type { StaffActor } from "../../lib/auth/actor.ts";
import type { OrganizationKind } from "../../lib/db/generated/enums.ts";
import { insertOrganization } from "../../lib/organizations/create-organization.ts";
import { SAMPLE_CASE } from "./demo-cases.ts";

type DemoOrganization = {
  kind: OrganizationKind;
  name: string;
  aliases: string[];
  identifier?: string;
  subsidiaries?: DemoOrganization[];
};

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    kind: "INSURER",
    name: "Pacific Mutual Insurance Company",
    aliases: ["Pacific Mutual", "PMIC", "Pacific Mutual Ins. Co."],
    identifier: "94-3120001",
    subsidiaries: [
      {
        kind: "TPA",
        name: "Pacific Coast Claims Services, Inc.",
        aliases: ["Pacific Coast Claims", "PCCS"],
        identifier: "94-3120002",
      },
    ],
  },
  { kind: "TPA", name: "Western States Adjusting", aliases: ["WSA", "Western States Adjusting Co."] },
  { kind: "CLAIMS_ADMINISTRATOR", name: "Sierra Claims Services", aliases: ["Sierra Claims"] },
  { kind: "UR_ORGANIZATION", name: "Golden State Utilization Review", aliases: ["GSUR", "Golden State UR"] },
  {
    kind: "MEDICAL_GROUP",
    name: "Bay Area Orthopaedic Medical Group",
    aliases: ["BAOMG", "Bay Area Orthopedic Medical Group"],
  },
  { kind: "FACILITY", name: "Valley Surgery Center", aliases: ["Valley Surgical Center"] },
  { kind: "MANUFACTURER", name: "Medtronic, Inc.", aliases: ["Medtronic", "Medtronic USA"] },
];

/** Adds the demo directory (audited as the administrator's), links the sample case's claims administrator and the demo affiliations named as an entry. */
export async function seedDemoOrganizations(admin: StaffActor): Promise<void> {
  await db().$transaction(async (tx) => {
    const idOf = new Map<string, string>();
    const add = async (entry: DemoOrganization, parentId: string | null) => {
      const { organizationId } = await insertOrganization(
        tx,
        admin,
        {
          kind: entry.kind,
          name: entry.name,
          aliases: entry.aliases,
          identifier: entry.identifier ?? null,
          parentId,
          note: null,
        },
        "directory",
      );
      idOf.set(entry.name, organizationId);
      // a demo reviewer's affiliation written exactly as the entry points to it
      await tx.affiliation.updateMany({ where: { name: entry.name, organizationId: null }, data: { organizationId } });
      for (const child of entry.subsidiaries ?? []) await add(child, organizationId);
    };
    for (const entry of DEMO_ORGANIZATIONS) await add(entry, null);
    const claimsAdministratorId = idOf.get(SAMPLE_CASE.claimsAdministratorName);
    if (claimsAdministratorId) {
      await tx.party.updateMany({
        where: { role: "CLAIMS_ADMINISTRATOR", case: { claimNumber: SAMPLE_CASE.claimNumber } },
        data: { directoryOrganizationId: claimsAdministratorId },
      });
    }
  });
}
