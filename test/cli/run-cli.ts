import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root and the built command, as `npm run build:server` leaves them. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/convene.js", import.meta.url));
const BUILT_ENTRY = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

/** `npm test` builds first; when these tests are run on their own before any build, build once here. */
export function ensureBuilt(): void {
  if (existsSync(BUILT_ENTRY)) return;
  const result = spawnSync("npm", ["run", "build:server"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("`npm run build:server` failed; the CLI tests run the built command");
}

// The developer's own configuration must not leak into the command under test.
function isConveneSetting(name: string): boolean {
  return name.startsWith("CONVENE_") || ["DATABASE_URL", "PORT", "HOST", "LOG_LEVEL"].includes(name);
}

function commandEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!isConveneSetting(name)) env[name] = value;
  // Messages follow the terminal's language; tests choose theirs, English unless they say otherwise.
  return { ...env, LOG_LEVEL: "warn", LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8", ...overrides };
}

export type CliResult = { code: number | null; stdout: string; stderr: string };

function spawnConvene(args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: commandEnv(env), stdio: ["pipe", "pipe", "pipe"] });
}

/** Runs `convene …args` to completion, with `input` (or nothing) on standard input. */
export function runCli(args: string[], options: { env: Record<string, string>; input?: string; timeoutMs?: number }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnConvene(args, options.env);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`convene ${args.join(" ")} did not finish in time\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 20_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}

export type RunningServer = { output: () => string; stop: () => Promise<number | null> };

/** Starts `convene serve` and resolves once its standard output matches `ready`. */
export function startServe(env: Record<string, string>, ready: RegExp, timeoutMs = 20_000): Promise<RunningServer> {
  const child = spawnConvene(["serve"], env);
  child.stdin.end();
  let stdout = "";
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const server: RunningServer = {
    output: () => stdout,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`convene serve did not become ready\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (ready.test(stdout)) {
        clearTimeout(timer);
        resolve(server);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`convene serve exited with ${code}\n${stdout}\n${stderr}`));
    });
  });
}
