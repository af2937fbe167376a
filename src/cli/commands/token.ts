import type { Command } from "commander";
import { emailAddressSchema, tokenCreateSchema } from "../../contracts/auth.js";
import { AppError } from "../../server/app-error.js";
import { text } from "../../server/messages/render.js";
import { findUserByEmail } from "../../server/modules/auth/repository.js";
import { createApiToken } from "../../server/modules/auth/service.js";
import { UsageError } from "../usage-error.js";
import { withRuntime } from "../with-runtime.js";

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
      const email = emailAddressSchema.safeParse(options.email);
      if (!email.success) throw UsageError.fromZod(email.error, { "(input)": "--email" });
      const details = tokenCreateSchema.safeParse({ name: options.name });
      if (!details.success) throw UsageError.fromZod(details.error);
      await withRuntime(async ({ database }) => {
        const user = await findUserByEmail(database.db, email.data);
        if (!user) throw new AppError("not_found", text("error.userNotFound", { email: email.data }));
        const created = await createApiToken(database.db, user.id, details.data.name);
        console.log(created.token);
      });
    });
}
