import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root and the built command, as `npm run build:server` leaves them. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/convene.js", import.meta.url));
const BUILT_ENTRY = join(ROOT, "dist/cli/main.js");
const BUILD_LOCK = join(ROOT, "dist/.build-lock");
// What `npm run build:server` compiles (tsconfig.build.json's include).
const SERVER_SOURCES = ["src/domain", "src/contracts", "src/server", "src/cli"].map((folder) => join(ROOT, folder));
const STALE_LOCK_MS = 5 * 60_000;

/** The latest modification time of the files under the folders, in milliseconds. */
function newestChange(folders: string[]): number {
  let newest = 0;
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** True when the built command is missing or older than a source file it is built from. */
function buildIsStale(): boolean {
  return !existsSync(BUILT_ENTRY) || statSync(BUILT_ENTRY).mtimeMs < newestChange(SERVER_SOURCES);
}

/** Takes the build lock (a directory, created atomically), waiting while another test file builds. */
function lockBuild(): void {
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A build that died leaves its lock behind; one older than any build takes is abandoned.
      const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { force: true, recursive: true });
      else if (lock) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

/**
 * The CLI tests run the built command: build it when it is missing or older than `src/`, so running
 * these tests on their own after an edit tests the edit. Test files running side by side build once.
 */
export function ensureBuilt(): void {
  if (!buildIsStale()) return;
  lockBuild();
  try {
    if (!buildIsStale()) return;
    const result = spawnSync("npm", ["run", "build:server"], { cwd: ROOT, stdio: "inherit" });
    if (result.status !== 0) throw new Error("`npm run build:server` failed; the CLI tests run the built command");
  } finally {
    rmSync(BUILD_LOCK, { force: true, recursive: true });
  }
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

export type RunningServer = {
  output: () => string;
  stop: () => Promise<number | null>;
  /** Sends a signal (SIGKILL to crash it) and resolves with how the process ended. */
  kill: (signal: NodeJS.Signals) => Promise<number | null>;
  /** True while the process has not exited. */
  isRunning: () => boolean;
};

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
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    isRunning: () => child.exitCode === null && child.signalCode === null,
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
