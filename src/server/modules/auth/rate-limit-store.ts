import type { Kysely } from "kysely";
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor, FastifyRateLimitOptions } from "@fastify/rate-limit";
import type { DB } from "../../db/schema.js";
import { countHit } from "./rate-limit-repository.js";

/**
 * A store for @fastify/rate-limit kept in the database, so that every server instance behind a
 * load balancer counts against the same limit.
 */
export function databaseRateLimitStore(db: Kysely<DB>): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: FastifyRateLimitOptions,
      private readonly prefix = "",
    ) {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      countHit(db, `${this.prefix}${key}`, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: { method?: string | string[]; path: string }): FastifyRateLimitStore {
      return new DatabaseRateLimitStore({}, `${String(routeOptions.method)}:${routeOptions.path}:`);
    }
  };
}
