import type { Command } from "commander";
import { serve } from "../../server/main.js";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("migrate the database and start the web app and API (PORT, HOST, DATABASE_URL…)")
    .action(async () => {
      await serve();
    });
}
