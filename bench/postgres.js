// A PostgreSQL server for the benchmarks: BENCH_DATABASE_URL, else one answering on 127.0.0.1:5432.
// Each benchmark works in a database of its own, created here and dropped afterwards, so that no
// existing database is ever touched.
import { Socket } from "node:net";
import { randomBytes } from "node:crypto";
import pg from "pg";

function answers(host, port) {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1000);
    socket.once("connect", () => done(true));
    socket.once("timeout", () => done(false));
    socket.once("error", () => done(false));
    socket.connect(port, host);
  });
}

/** The URL of a server to create benchmark databases on, or null when there is none. */
export async function postgresServer() {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  return (await answers("127.0.0.1", 5432)) ? "postgres://postgres@127.0.0.1:5432/postgres" : null;
}

async function run(serverUrl, statement) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server: its URL and a function that drops it. */
export async function freshDatabase(serverUrl, label) {
  const name = `convene_bench_${label}_${randomBytes(4).toString("hex")}`;
  await run(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(serverUrl, `drop database if exists "${name}" with (force)`) };
}
