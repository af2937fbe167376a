// The line every command that opens the database writes first on standard error, so that someone who
// forgot CONVENE_DATA_DIR or DATABASE_URL sees at once which database the command is working on.
import { isAbsolute, relative } from "node:path";
import type { Config } from "../server/env.js";
import { render, text, type Text } from "../server/messages/render.js";
import { terminalLanguage } from "./language.js";

/** A PostgreSQL URL without its user, password or parameters: postgres://host:port/database. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "postgres://…";
  }
}

/** A path as typed from the current folder (./data/convene.sqlite) when it is inside it, absolute otherwise. */
export function shownPath(file: string, cwd: string = process.cwd()): string {
  const fromHere = relative(cwd, file);
  return fromHere === "" || fromHere.startsWith("..") || isAbsolute(fromHere) ? file : `./${fromHere}`;
}

/** @example databaseLine({ dialect: "sqlite", file: "/srv/app/data/convene.sqlite" }, "/srv/app") → Using SQLite at ./data/convene.sqlite */
export function databaseLine(
  database: { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string; poolSize?: number },
  cwd: string = process.cwd(),
): Text {
  return database.dialect === "sqlite"
    ? text("cli.usingSqlite", { file: shownPath(database.file, cwd) })
    : text("cli.usingPostgres", { url: withoutCredentials(database.url) });
}

/** Writes the database line on standard error, in the terminal's language. */
export function announceDatabase(database: Config["database"]): void {
  process.stderr.write(`${render(terminalLanguage(), databaseLine(database))}\n`);
}
