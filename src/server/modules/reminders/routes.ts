import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { unsubscribedSchema, unsubscribeSchema } from "../../../contracts/reminders.js";
import { LANGUAGES } from "../../../domain/vocabulary.js";
import type { AppContext } from "../../http/context.js";
import { text } from "../../messages/render.js";
import { countHit } from "../auth/rate-limit-repository.js";
import { tooManyAttempts } from "../auth/sign-in-limits.js";
import * as service from "./service.js";

const tags = ["reminders"];

/** The unsubscribe link of every reminder: public, since the person who follows it may have no account. */
export const reminderRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, config }) => {
  app.post(
    "/unsubscribe",
    {
      schema: {
        tags,
        summary: "Stop the reminders to the contact whose unsubscribe link this is (no sign-in)",
        body: unsubscribeSchema,
        response: { 200: unsubscribedSchema },
      },
    },
    async (request) => {
      // Per client address, so that nobody can try tokens one after another.
      const byAddress = await countHit(db, `unsubscribe:address:${request.ip}`, config.login.windowMinutes * 60_000);
      if (byAddress.current > config.login.maxAttemptsPerAddress) {
        throw tooManyAttempts((count) => text("reminders.tooManyUnsubscribes", { count }), byAddress.ttl);
      }
      const result = await service.unsubscribe(db, request.body.token);
      return {
        language: LANGUAGES.find((language) => language === result.language) ?? "en",
        alreadyUnsubscribed: result.alreadyUnsubscribed,
      };
    },
  );
};
