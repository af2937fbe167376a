// The registry as the API shows it to an administrator, without ids, timestamps, who saved what, or
// anything else a database makes up, so that two databases holding the same data compare equal.
import type { Client } from "./app.js";

type Item = Record<string, unknown> & { id: string; name?: string };

async function everything(client: Client, url: string): Promise<Item[]> {
  const items: Item[] = [];
  for (let page = 1; ; page += 1) {
    const res = await client.get(`${url}${url.includes("?") ? "&" : "?"}pageSize=100&page=${page}`);
    if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}: ${res.body}`);
    const body: { data: Item[]; pagination: { totalPages: number } } = res.json();
    items.push(...body.data);
    if (page >= body.pagination.totalPages) return items;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function withoutMadeUp(item: Record<string, unknown>): Record<string, unknown> {
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    abilities: _abilities,
    updatedBy: _updatedBy,
    organizationId: _organizationId,
    partnershipId: _partnershipId,
    confirmedAt,
    ...rest
  } = item;
  // When a membership was confirmed is made up; whether it was is data.
  const kept = "confirmedAt" in item ? { ...rest, confirmed: confirmedAt !== null } : rest;
  return Object.fromEntries(Object.entries(kept).map(([key, value]) => [key, isObject(value) ? withoutMadeUp(value) : value]));
}

const byText = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

export async function registryView(client: Client) {
  const organizations = [];
  for (const organization of await everything(client, "/api/v1/organizations")) {
    const contacts = (await everything(client, `/api/v1/organizations/${organization.id}/contacts`)).map(withoutMadeUp).sort(byText);
    organizations.push({ ...withoutMadeUp(organization), name: organization.name, contacts });
  }
  const partnerships = [];
  for (const partnership of await everything(client, "/api/v1/partnerships")) {
    const members = (await everything(client, `/api/v1/partnerships/${partnership.id}/members`)).map(withoutMadeUp).sort(byText);
    partnerships.push({ ...withoutMadeUp(partnership), name: partnership.name, members });
  }
  return { organizations: organizations.sort(byText), partnerships: partnerships.sort(byText) };
}
