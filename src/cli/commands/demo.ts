import type { Command } from "commander";
import { loadDemoIfEmpty } from "../../server/demo/load.js";
import { withRuntime } from "../with-runtime.js";

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("load the demo portfolio into an empty database")
    .action(async () => {
      await withRuntime(async ({ database }) => {
        const demo = await loadDemoIfEmpty(database.db);
        if (!demo) {
          console.log("The database already has users; the demo portfolio is only loaded into an empty database.");
          return;
        }
        console.log("Demo portfolio loaded. Accounts (the password is shown only now):");
        for (const account of demo.accounts) console.log(`  ${account.role.padEnd(16)} ${account.email}`);
        console.log(`  password: ${demo.password}`);
      });
    });
}
