import type { Command } from "commander";
import { loadConfig } from "../../server/env.js";
import { announceDatabase } from "../database-line.js";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("migrate the database and start the web app and API (PORT, HOST, DATABASE_URL…)")
    .action(async () => {
      announceDatabase(loadConfig().database);
      // Loaded on demand: the web server's dependencies would otherwise slow every other command.
      const { serve } = await import("../../server/main.js");
      await serve();
    });
}
