import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/** What a signed-in browser holds: the session cookie's value and the CSRF token that goes with it. */
export type SessionCredentials = { cookie: string; csrf: string };

/** A signed-in browser as the API sees it: the session cookie and the CSRF token that goes with it. */
export type BrowserSession = {
  get: (url: string) => Promise<LightMyRequestResponse>;
  send: (method: "POST" | "PATCH" | "DELETE", url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
};

/** Signs in through the API, as the web app does. */
export async function signInCredentials(app: FastifyInstance, email: string, password: string): Promise<SessionCredentials> {
  const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed with ${res.statusCode}: ${res.body}`);
  const header = String(res.headers["set-cookie"]);
  return { cookie: /convene_session=([^;]+)/.exec(header)?.[1] ?? "", csrf: res.json<{ csrfToken: string }>().csrfToken };
}

export async function signInSession(app: FastifyInstance, email: string, password: string): Promise<BrowserSession> {
  const { cookie, csrf } = await signInCredentials(app, email, password);
  const cookies = { convene_session: cookie };
  return {
    get: (url) => app.inject({ method: "GET", url, cookies }),
    send: (method, url, payload) =>
      app.inject({ method, url, cookies, headers: { "x-csrf-token": csrf }, payload: payload as Record<string, unknown> | undefined }),
  };
}
