import { Option, type Command } from "commander";
import { emailAddressSchema, TOKEN_DEFAULT_DAYS, tokenCreateSchema } from "../../contracts/auth.js";
import { idSchema } from "../../contracts/common.js";
import { OPERATOR } from "../../server/actor.js";
import { render, text } from "../../server/messages/render.js";
import { createApiTokenFor, listLiveApiTokens, revokeApiTokenById } from "../../server/modules/auth/tokens-service.js";
import { terminalLanguage } from "../language.js";
import { collect, pagingQuery, reportPage, withPaging, type PagingOptions } from "../paging.js";
import { formatTable } from "../table.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";

function parseEmail(value: string): string {
  const email = emailAddressSchema.safeParse(value);
  if (!email.success) throw UsageError.fromZod(email.error, { "(input)": "--email" }, { value });
  return email.data;
}

type TokenLine = {
  id: string;
  email: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

const minute = (at: string) => at.slice(0, 16).replace("T", " ");

function tokensTable(tokens: TokenLine[]): string {
  const language = terminalLanguage();
  if (tokens.length === 0) return render(language, text("cli.noTokens"));
  const keys = [
    "cli.column.id",
    "cli.column.user",
    "cli.column.name",
    "cli.column.prefix",
    "cli.column.created",
    "cli.column.lastUsed",
    "cli.column.expires",
  ] as const;
  const at = new Date().toISOString();
  return formatTable(
    keys.map((key) => render(language, text(key))),
    tokens.map((token) => [
      token.id,
      token.email,
      token.name,
      `${token.prefix}…`,
      minute(token.createdAt),
      token.lastUsedAt === null ? render(language, text("cli.never")) : minute(token.lastUsedAt),
      token.expiresAt === null
        ? render(language, text("cli.never"))
        : token.expiresAt <= at
          ? render(language, text("cli.expired", { date: minute(token.expiresAt) }))
          : minute(token.expiresAt),
    ]),
  );
}

export function registerTokenCommands(program: Command): void {
  const token = program.command("token").description("personal API tokens");
  token
    .command("create")
    .description("create an API token for a user and print it (it is not shown again)")
    .requiredOption("--email <email>", "the user the token acts as")
    .option("--name <name>", "what the token is for", "command line")
    .option("--expires-in-days <days>", `days until the token stops working (default ${TOKEN_DEFAULT_DAYS})`)
    .addOption(new Option("--no-expiry", "a token that never expires").conflicts("expiresInDays"))
    .addHelpText(
      "after",
      '\nExample:\n  curl -H "Authorization: Bearer $(convene token create --email ana@example.org)" http://127.0.0.1:3000/api/v1/auth/session',
    )
    .action(async (options: { email: string; name: string; expiresInDays?: string; expiry: boolean }) => {
      const email = parseEmail(options.email);
      const expiresInDays = options.expiry ? (options.expiresInDays === undefined ? undefined : Number(options.expiresInDays)) : null;
      const input = { name: options.name, expiresInDays };
      const details = tokenCreateSchema.safeParse(input);
      if (!details.success) throw UsageError.fromZod(details.error, { expiresInDays: "--expires-in-days" }, { value: input });
      const created = await withRuntime(({ database }) =>
        createApiTokenFor(database.db, email, details.data.name, details.data.expiresInDays),
      );
      console.log(created.token);
    });

  withPaging(token.command("list").description("list the API tokens still in force (times in UTC), of everyone or of one user"))
    .option("--email <email>", "only this user's tokens")
    .option("--json", "print the page as JSON")
    .action(async (options: PagingOptions & { email?: string; json?: boolean }) => {
      const email = options.email === undefined ? null : parseEmail(options.email);
      const query = pagingQuery(options);
      const found = await withRuntime(({ database }) =>
        collect(query, options.all === true, (page) => listLiveApiTokens(database.db, email, page)),
      );
      if (options.json) console.log(JSON.stringify(found, null, 2));
      else console.log(tokensTable(found.data));
      reportPage(found.pagination);
    });

  token
    .command("revoke")
    .description("revoke an API token by its id (see token list): it stops working at once")
    .argument("[id]", "the token's id")
    .option("--id <id>", "the token's id, as an option")
    .action(async (positional: string | undefined, options: { id?: string }) => {
      const given = positional ?? options.id;
      const id = idSchema.safeParse(given);
      if (!id.success) throw UsageError.fromZod(id.error, { "(input)": "<id>" }, { value: given });
      await withRuntime(({ database }) => revokeApiTokenById(database.db, id.data, OPERATOR));
      console.log(render(terminalLanguage(), text("cli.tokenRevoked", { id: id.data })));
    });
}
