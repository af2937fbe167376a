import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { ABILITIES, reachOf, type ActionOf, type GlobalAbility, type Resource } from "../../domain/access/abilities.js";
import type { DB } from "../db/schema.js";
import { text } from "../messages/render.js";
import { authenticateSession, authenticateToken } from "../modules/auth/service.js";
import type { Actor, Authentication } from "../actor.js";
import { safeEqual } from "../crypto.js";
import { AppError } from "../app-error.js";

export const SESSION_COOKIE = "convene_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

declare module "fastify" {
  interface FastifyRequest {
    auth: Authentication | null;
  }
}

/**
 * Resolves the caller from a bearer token or the session cookie on every API request, and demands
 * the session's CSRF token on state-changing requests made with a cookie.
 */
export function registerAuthentication(app: FastifyInstance, db: Kysely<DB>, sessionDays: number): void {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const auth = match?.[1] ? await authenticateToken(db, match[1]) : null;
      if (!auth) throw new AppError("unauthenticated", text("auth.tokenInvalid"));
      request.auth = auth;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const auth = await authenticateSession(db, cookie, sessionDays);
    request.auth = auth;
    if (auth?.kind === "session" && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !safeEqual(sent, auth.csrfToken)) {
        throw new AppError("csrf_failed", text("auth.csrfMissing"));
      }
    }
  });
}

/** The signed-in caller, or a 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new AppError("unauthenticated", text("auth.signIn"));
  return request.auth.actor;
}

/** A route guard: the caller's role must have this ability in the abilities table. */
export function requireAbility(ability: GlobalAbility) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!ABILITIES[actorOf(request).role].global[ability]) throw AppError.forbidden(text("auth.roleForbidden"));
  };
}

/**
 * A route guard: the caller's role must reach at least some rows for this action in the abilities
 * table. Which rows is the service's check, on the row itself.
 */
export function requireReach<R extends Resource>(resource: R, action: ActionOf[R]) {
  return async (request: FastifyRequest): Promise<void> => {
    if (reachOf(actorOf(request).role, resource, action) === "none") throw AppError.forbidden(text("auth.roleForbidden"));
  };
}

export async function requireSignedIn(request: FastifyRequest): Promise<void> {
  actorOf(request);
}
