import { Option, type Command } from "commander";
import { z } from "zod";
import type { DemoResult } from "../../server/demo/load.js";
import { loadDemoIfEmpty } from "../../server/demo/load.js";
import { DEFAULT_SEED, generateNationalPortfolio } from "../../server/demo/national/generate.js";
import { NATIONAL_SIZE } from "../../server/demo/national/plan.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";

const optionsSchema = z.object({
  scale: z.enum(["small", "national"]),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  fraction: z.coerce.number().gt(0).max(1).optional(),
});

function printAccounts(heading: string, accounts: DemoResult): void {
  console.log(`${heading} Accounts (the password is shown only now):`);
  for (const account of accounts.accounts) console.log(`  ${account.role.padEnd(16)} ${account.email}`);
  console.log(`  password: ${accounts.password}`);
}

function scaled(fraction: number) {
  const of = (count: number) => Math.max(1, Math.round(count * fraction));
  return {
    partnerships: of(NATIONAL_SIZE.partnerships),
    organizations: of(NATIONAL_SIZE.organizations),
    memberships: of(NATIONAL_SIZE.memberships),
  };
}

async function loadNational(seed: number, fraction: number | undefined): Promise<void> {
  await withRuntime(async ({ database }) => {
    const result = await generateNationalPortfolio(database, { seed, ...(fraction === undefined ? {} : { size: scaled(fraction) }) });
    const { counts } = result;
    const summary =
      `National portfolio generated (seed ${result.seed}) in ${result.seconds.toFixed(1)} s on ${database.dialect}: ${counts.programs} programs, ${counts.regions} regions, ` +
      `${counts.partnerships} partnerships, ${counts.organizations} organizations, ${counts.memberships} memberships, ${counts.involvementRecords} involvement records, ` +
      `${counts.commitments} commitments with ${counts.commitmentEvents} moves, ${counts.surveyResponses} health-check responses in ${counts.surveyRounds} baseline rounds.`;
    if (result.accounts) printAccounts(summary, result.accounts);
    else console.log(`${summary} The database already had users, so no demo accounts were added.`);
  });
}

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("load the demo portfolio into an empty database, or generate a national one (--scale national)")
    .option(
      "--scale <scale>",
      "small: the hand-written demo (into a database without users); national: 5,000 generated partnerships (into an empty database)",
      "small",
    )
    .option("--seed <n>", `with --scale national: the same seed gives the same portfolio (default ${DEFAULT_SEED})`)
    // For tests: a national portfolio scaled down, generated through the same code.
    .addOption(new Option("--fraction <f>").hideHelp())
    .action(async (raw: { scale: string; seed?: string; fraction?: string }) => {
      const parsed = optionsSchema.safeParse(raw);
      if (!parsed.success) throw UsageError.fromZod(parsed.error, {}, { value: raw });
      const options = parsed.data;
      if (options.scale === "small" && (options.seed !== undefined || options.fraction !== undefined)) {
        throw new UsageError("invalid arguments: --seed applies to --scale national only");
      }
      if (options.scale === "national") {
        await loadNational(options.seed ?? DEFAULT_SEED, options.fraction);
        return;
      }
      await withRuntime(async ({ database }) => {
        const demo = await loadDemoIfEmpty(database.db);
        if (!demo) {
          console.log("The database already has users; the demo portfolio is only loaded into an empty database.");
          return;
        }
        printAccounts("Demo portfolio loaded.", demo);
      });
    });
}
