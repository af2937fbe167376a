import type { Command } from "commander";
import { withRuntime } from "../with-runtime.js";

export function registerDbCommands(program: Command): void {
  const db = program.command("db").description("database maintenance");
  db.command("migrate")
    .description("apply pending migrations to the configured database")
    .action(async () => {
      await withRuntime(async ({ applied, database }) => {
        console.log(
          applied.length === 0
            ? `The ${database.dialect} database is up to date.`
            : `Applied to ${database.dialect}: ${applied.join(", ")}`,
        );
      });
    });
}
