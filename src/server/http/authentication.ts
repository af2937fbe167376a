import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { ABILITIES, reachOf, type ActionOf, type GlobalAbility, type Resource } from "../../domain/access/abilities.js";
import type { DB } from "../db/schema.js";
import { text } from "../messages/render.js";
import { authenticateSession, authenticateToken, type SessionLifetime } from "../modules/auth/service.js";
import { recordRefusedWrite } from "../modules/audit/security.js";
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

export type SessionSettings = SessionLifetime & { secureCookies: boolean | undefined };

/** Sets the session cookie, HTTP-only, to expire with the session. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  settings: Pick<SessionSettings, "secureCookies">,
  token: string,
  expires: Date,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: settings.secureCookies ?? request.protocol === "https",
    expires,
  });
}

/**
 * Resolves the caller from a bearer token or the session cookie on every API request, and demands
 * the session's CSRF token on state-changing requests made with a cookie. When a request moves the
 * session's idle expiry forward, the cookie's follows, so that an active user stays signed in.
 */
export function registerAuthentication(app: FastifyInstance, db: Kysely<DB>, settings: SessionSettings): void {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (request, reply) => {
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
    const found = await authenticateSession(db, cookie, settings);
    const auth = found?.auth ?? null;
    request.auth = auth;
    if (found?.renewedUntil) setSessionCookie(request, reply, settings, cookie, found.renewedUntil);
    if (auth?.kind === "session" && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !safeEqual(sent, auth.csrfToken)) {
        throw new AppError("csrf_failed", text("auth.csrfMissing"));
      }
    }
  });
}

/**
 * Records every write a signed-in caller was refused (403), whatever refused it: a guard, a service's
 * check on the row, or a missing CSRF token. One hook, so that no route can forget it.
 */
export function registerRefusalAudit(app: FastifyInstance, db: Kysely<DB>): void {
  app.addHook("onError", async (request, _reply, error) => {
    if (!request.auth || SAFE_METHODS.has(request.method) || !(error instanceof AppError) || error.status !== 403) return;
    const params = Object.fromEntries(
      Object.entries((request.params ?? {}) as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
    try {
      await recordRefusedWrite(
        db,
        request.auth.actor.userId,
        { method: request.method, route: request.routeOptions.url ?? request.url.split("?")[0] ?? "", params, code: error.code },
        { ip: request.ip },
      );
    } catch (cause) {
      request.log.error({ err: cause }, "could not record a refused write");
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
