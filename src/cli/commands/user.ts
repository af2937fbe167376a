import type { Command } from "commander";
import { emailAddressSchema, userCreateSchema, type User } from "../../contracts/auth.js";
import { ROLES } from "../../domain/vocabulary.js";
import { OPERATOR } from "../../server/actor.js";
import { randomToken } from "../../server/crypto.js";
import { render, text, type MessageKey } from "../../server/messages/render.js";
import { setAccountDisabled, userIdByEmail } from "../../server/modules/users/accounts-service.js";
import { createUser, listUsers } from "../../server/modules/users/service.js";
import { terminalLanguage } from "../language.js";
import { collect, pagingQuery, reportPage, withPaging, type PagingOptions } from "../paging.js";
import { readStdin } from "../read-stdin.js";
import { formatTable } from "../table.js";
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
        const created = await createUser(database.db, parsed.data, OPERATOR).catch((error: unknown) =>
          UsageError.rethrowInvalid(error, OPTION_NAMES),
        );
        console.log(`Created ${created.role} ${created.email} (${created.id}).`);
        if (!options.passwordStdin) console.log(`Password (shown only now): ${password}`);
      });
    });

  withPaging(user.command("list").description("list user accounts: email, name, role, disabled, last sign-in (UTC)"))
    .option("--json", "print the page as JSON, as the API returns it")
    .action(async (options: PagingOptions & { json?: boolean }) => {
      const query = pagingQuery(options);
      const found = await withRuntime(({ database }) =>
        collect(query, options.all === true, (page) => listUsers(database.db, OPERATOR, page)),
      );
      if (options.json) console.log(JSON.stringify(found, null, 2));
      else console.log(usersTable(found.data));
      reportPage(found.pagination);
    });

  for (const disabled of [true, false]) {
    user
      .command(disabled ? "disable" : "enable")
      .description(
        disabled
          ? "disable an account: it can no longer sign in, its sessions end and its API tokens stop working"
          : "enable a disabled account again",
      )
      .requiredOption("--email <email>", "sign-in email of the account")
      .action(async (options: { email: string }) => {
        const email = parseEmail(options.email);
        const done = await withRuntime(async ({ database }) =>
          setAccountDisabled(database.db, await userIdByEmail(database.db, email), disabled, OPERATOR),
        );
        console.log(render(terminalLanguage(), text(outcomeKey(disabled, done.changed), { email: done.user.email })));
      });
  }
}

function parseEmail(value: string): string {
  const email = emailAddressSchema.safeParse(value);
  if (!email.success) throw UsageError.fromZod(email.error, { "(input)": "--email" }, { value });
  return email.data;
}

function outcomeKey(disabled: boolean, changed: boolean): MessageKey {
  if (disabled) return changed ? "cli.userDisabled" : "cli.userAlreadyDisabled";
  return changed ? "cli.userEnabled" : "cli.userAlreadyEnabled";
}

function usersTable(users: User[]): string {
  const language = terminalLanguage();
  if (users.length === 0) return render(language, text("cli.noUsers"));
  const headers = (["cli.column.email", "cli.column.name", "cli.column.role", "cli.column.disabled", "cli.column.lastSignIn"] as const).map(
    (key) => render(language, text(key)),
  );
  const yesNo = (value: boolean) => render(language, text(value ? "cli.yes" : "cli.no"));
  return formatTable(
    headers,
    users.map((one) => [one.email, one.name, one.role, yesNo(one.disabled), one.lastSignInAt?.slice(0, 16).replace("T", " ") ?? "—"]),
  );
}
