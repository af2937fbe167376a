import { buildApp } from "./app.js";
import { loadDemoIfEmpty } from "./demo/load.js";
import { countUsers } from "./modules/auth/repository.js";
import { startRuntime } from "./runtime.js";

/** Starts the server: migrate, load the demo portfolio into an empty database, listen. */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { config, database, applied } = await startRuntime(env);
  const where = config.database.dialect === "sqlite" ? config.database.file : "PostgreSQL";
  if (applied.length > 0) console.log(`Database ${where}: applied ${applied.length} migration(s).`);
  const demo = config.loadDemo ? await loadDemoIfEmpty(database.db) : null;
  const app = await buildApp(config, database, { jobs: true });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  console.log(`\nConvene is running at http://${host}:${port}  (database: ${database.dialect})`);
  if (!config.mail.smtpUrl) console.log("No SMTP_URL: messages are kept in the outbox (Outbox in the web app) instead of being sent.");
  else if (!config.mail.publicUrl) console.log(`No CONVENE_PUBLIC_URL: links in messages point to http://${host}:${port}.`);
  if (demo) {
    console.log("\nA demo portfolio was loaded. Sign in with any of these accounts (the password is shown only now):");
    for (const account of demo.accounts) console.log(`  ${account.role.padEnd(16)} ${account.email}`);
    console.log(`  password: ${demo.password}`);
  } else if ((await countUsers(database.db)) === 0) {
    console.log("\nThe database has no users yet. Create an administrator:");
    console.log("  npx convene user create --email you@example.org --role admin");
  }
}
