// A PostgreSQL cluster of a test's own, for tests that stop, kill or freeze the database: initdb into a
// temporary folder, on a free port of 127.0.0.1, never the shared server. PostgreSQL refuses to run as
// root, so under root its programs run as the `postgres` user.
import { execFile } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { findPostgresBinaries } from "./environment.js";

const run = promisify(execFile);

export type PostgresCluster = {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** pg_ctl stop: `fast` ends sessions with 57P01, `immediate` kills every process without a clean shutdown. */
  stop: (mode: "fast" | "immediate") => Promise<void>;
  /** pg_ctl start, resolving once the server accepts connections. */
  start: () => Promise<void>;
  /** SIGSTOP to the postmaster and every backend: connections stay open and nothing answers. */
  freeze: () => void;
  /** SIGCONT to what freeze stopped. */
  thaw: () => void;
  /** Stops the cluster and removes its folder. */
  destroy: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The user id PostgreSQL's programs run as: ours, or `postgres`'s when we are root. */
async function clusterOwner(): Promise<{ uid: number; gid: number; prefix: [string, ...string[]] } | null> {
  if (process.getuid?.() !== 0) return null;
  const uid = Number((await run("id", ["-u", "postgres"])).stdout.trim());
  const gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
  return { uid, gid, prefix: ["runuser", "-u", "postgres", "--"] };
}

/** The process ids under a parent, from /proc (the backends of a postmaster). */
function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name, in parentheses, may hold spaces: the parent id is the second field after it.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) === parent) children.push(Number(entry));
    } catch {
      // The process ended while the folder was read.
    }
  }
  return children;
}

/** Starts a fresh cluster; throws when PostgreSQL's programs are missing. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error("PostgreSQL's programs (initdb, pg_ctl) are not installed; set POSTGRES_BIN");
  const owner = await clusterOwner();
  const folder = mkdtempSync(join(tmpdir(), "convene-pg-"));
  const dataDir = join(folder, "data");
  if (owner) chownSync(folder, owner.uid, owner.gid);
  chmodSync(folder, 0o700);
  const program = async (name: string, args: string[]) => {
    const path = join(bin, name);
    await (owner ? run(owner.prefix[0], [...owner.prefix.slice(1), path, ...args], { cwd: folder }) : run(path, args, { cwd: folder }));
  };
  await program("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
  const start = () => program("pg_ctl", ["-D", dataDir, "-o", serverOptions, "-l", join(folder, "server.log"), "-w", "-t", "60", "start"]);
  await start();
  let frozen: number[] = [];
  const signalAll = (signal: NodeJS.Signals) => {
    for (const pid of frozen) process.kill(pid, signal);
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop: (mode) => program("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "-t", "60", "stop"]),
    freeze: () => {
      const postmaster = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      frozen = [postmaster, ...childrenOf(postmaster)];
      signalAll("SIGSTOP");
    },
    thaw: () => {
      signalAll("SIGCONT");
      frozen = [];
    },
    destroy: async () => {
      signalAll("SIGCONT");
      await program("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
