// The log read as relations: every pair of organizations that took part in a contact together.
import type { CommunicationChannel } from "./channels.js";

export type Contact = { channel: CommunicationChannel; organizationIds: readonly string[] };
/** Organization a sorts before b; `count` contacts between them, over these channels (sorted). */
export type Pair = { a: string; b: string; count: number; channels: CommunicationChannel[] };

/**
 * The pairs a set of contacts makes: a contact among three organizations is three pairs.
 * @example pairsOf([{ channel: "phone", organizationIds: ["b", "a"] }]) // [{ a: "a", b: "b", count: 1, channels: ["phone"] }]
 */
export function pairsOf(contacts: readonly Contact[]): Pair[] {
  const pairs = new Map<string, { a: string; b: string; count: number; channels: Set<CommunicationChannel> }>();
  for (const contact of contacts) {
    const ids = [...new Set(contact.organizationIds)].sort();
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const a = ids[i] ?? "";
        const b = ids[j] ?? "";
        const key = `${a} ${b}`;
        const pair = pairs.get(key) ?? { a, b, count: 0, channels: new Set<CommunicationChannel>() };
        pair.count += 1;
        pair.channels.add(contact.channel);
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()]
    .map((pair) => ({ ...pair, channels: [...pair.channels].sort() }))
    .sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
}
