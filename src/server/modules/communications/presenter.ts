import type { Communication } from "../../../contracts/communications.js";
import { COMMUNICATION_CHANNELS } from "../../../domain/communications/channels.js";
import { storedKey } from "../partnerships/stored-keys.js";
import type { CommunicationRow, PartyRow } from "./repository.js";

export function presentCommunication(row: CommunicationRow, parties: readonly PartyRow[], may: { change: boolean }): Communication {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    occurredOn: row.occurred_on,
    channel: storedKey(COMMUNICATION_CHANNELS, row.channel) ?? "other",
    subject: row.subject,
    organizations: parties.map((party) => ({ id: party.organization_id, name: party.name })),
    version: row.version,
    abilities: { update: may.change, delete: may.change },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
