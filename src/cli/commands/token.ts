import type { Command } from "commander";
import { emailAddressSchema, tokenCreateSchema } from "../../contracts/auth.js";
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

type TokenLine = { id: string; email: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

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
  ] as const;
  return formatTable(
    keys.map((key) => render(language, text(key))),
    tokens.map((token) => [
      token.id,
      token.email,
      token.name,
      `${token.prefix}…`,
      token.createdAt.slice(0, 16).replace("T", " "),
      token.lastUsedAt === null ? render(language, text("cli.never")) : token.lastUsedAt.slice(0, 16).replace("T", " "),
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
    .addHelpText(
      "after",
      '\nExample:\n  curl -H "Authorization: Bearer $(convene token create --email ana@example.org)" http://127.0.0.1:3000/api/v1/auth/session',
    )
    .action(async (options: { email: string; name: string }) => {
      const email = parseEmail(options.email);
      const input = { name: options.name };
      const details = tokenCreateSchema.safeParse(input);
      if (!details.success) throw UsageError.fromZod(details.error, {}, { value: input });
      const created = await withRuntime(({ database }) => createApiTokenFor(database.db, email, details.data.name));
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
