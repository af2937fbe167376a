// The real server process (`convene serve`, built) as an operator runs it, for tests that crash it,
// run two of it on one file, or take its database away.
import { ensureBuilt, runCli, startServe, type RunningServer } from "../cli/run-cli.js";

export type Served = RunningServer & { base: string };

const READY = /Convene is running at (http:\/\/127\.0\.0\.1:\d+)/;

/** Starts `convene serve` on a free port of 127.0.0.1, without the demo portfolio. */
export async function serve(env: Record<string, string>): Promise<Served> {
  ensureBuilt();
  const server = await startServe({ PORT: "0", HOST: "127.0.0.1", CONVENE_DEMO: "0", ...env }, READY, 60_000);
  const base = READY.exec(server.output())?.[1];
  if (!base) throw new Error(`no address in the server's output:\n${server.output()}`);
  return { ...server, base };
}

/** An administrator and an API token for it, made with the CLI on the database `env` names. */
export async function adminToken(env: Record<string, string>): Promise<string> {
  ensureBuilt();
  const email = "operator@example.org";
  const created = await runCli(["user", "create", "--email", email, "--role", "admin"], { env, timeoutMs: 60_000 });
  if (created.code !== 0) throw new Error(`convene user create failed:\n${created.stderr}`);
  const issued = await runCli(["token", "create", "--email", email], { env, timeoutMs: 60_000 });
  if (issued.code !== 0) throw new Error(`convene token create failed:\n${issued.stderr}`);
  return issued.stdout.trim();
}

export type Answer = { status: number; code: string | null; retryAfter: string | null; body: unknown };

/** A request, with a token unless null; a refused or reset connection is an answer too (status 0). */
export async function call(
  base: string,
  token: string | null,
  path: string,
  init: { method?: string; body?: unknown; language?: string } = {},
) {
  try {
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? "GET",
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        "accept-language": init.language ?? "en",
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(60_000),
    });
    const body: unknown = await response.json();
    const code =
      typeof body === "object" &&
      body !== null &&
      "error" in body &&
      typeof body.error === "object" &&
      body.error !== null &&
      "code" in body.error
        ? String(body.error.code)
        : null;
    return { status: response.status, code, retryAfter: response.headers.get("retry-after"), body } satisfies Answer;
  } catch (error) {
    return { status: 0, code: error instanceof Error ? error.message : String(error), retryAfter: null, body: null } satisfies Answer;
  }
}

/** Registers an organization; its id when the server acknowledged it (201), else null. */
export async function registerOrganization(base: string, token: string, name: string): Promise<{ answer: Answer; id: string | null }> {
  const answer = await call(base, token, "/api/v1/organizations", { method: "POST", body: { name, sector: "social_services" } });
  const id =
    answer.status === 201 && typeof answer.body === "object" && answer.body !== null && "id" in answer.body ? String(answer.body.id) : null;
  return { answer, id };
}
