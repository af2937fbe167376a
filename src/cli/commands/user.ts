import type { Command } from "commander";
import { userCreateSchema } from "../../contracts/auth.js";
import { ROLES } from "../../domain/vocabulary.js";
import { randomToken } from "../../server/crypto.js";
import { createUser } from "../../server/modules/users/service.js";
import { readStdin } from "../read-stdin.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";

type UserCreateOptions = { email: string; role: string; name?: string; organization?: string; passwordStdin?: boolean; locale?: string };

/** Field names of the user contract, as the options that set them. */
const OPTION_NAMES = {
  email: "--email",
  role: "--role",
  name: "--name",
  organizationId: "--organization",
  locale: "--locale",
  password: "password (from standard input)",
};

export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("user accounts");
  user
    .command("create")
    .description("create a user; prints a generated password unless --password-stdin is given")
    .requiredOption("--email <email>", "sign-in email")
    .requiredOption("--role <role>", ROLES.join(", "))
    .option("--name <name>", "display name (defaults to the email)")
    .option("--organization <id>", "id of the organization the user represents (required for partners)")
    .option("--locale <locale>", "en or fr", "en")
    .option("--password-stdin", "read the password from standard input instead of generating one")
    .addHelpText(
      "after",
      "\nExample:\n  printf '%s' \"$PASSWORD\" | convene user create --email ana@example.org --role coordinator --password-stdin",
    )
    .action(async (options: UserCreateOptions) => {
      const password = options.passwordStdin ? (await readStdin()).replace(/\r?\n$/, "") : randomToken(12);
      const parsed = userCreateSchema.safeParse({
        email: options.email,
        name: options.name ?? options.email,
        role: options.role,
        password,
        organizationId: options.organization ?? null,
        locale: options.locale,
      });
      if (!parsed.success) throw UsageError.fromZod(parsed.error, OPTION_NAMES);
      await withRuntime(async ({ database }) => {
        const created = await createUser(database.db, parsed.data, null).catch((error: unknown) =>
          UsageError.rethrowInvalid(error, OPTION_NAMES),
        );
        console.log(`Created ${created.role} ${created.email} (${created.id}).`);
        if (!options.passwordStdin) console.log(`Password (shown only now): ${password}`);
      });
    });
}
