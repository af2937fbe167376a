import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  responseFormSchema,
  responseQuerySchema,
  responseSavedSchema,
  responseSaveSchema,
  responseSubmitSchema,
} from "../../../contracts/surveys.js";
import type { AppContext } from "../../http/context.js";
import { withLinkLimits } from "./limits.js";
import * as service from "./service.js";

const tags = ["responses"];
// Any string: a token of the wrong shape is the same 404 as a wrong one, never a 400 that tells them apart.
const params = z.object({ token: z.string() });

/** The respondent's side of a personal link: the form, saving answers as they go, submitting; no sign-in. */
export const responseRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, dialect, config }) => {
  app.get(
    "/responses/:token",
    {
      schema: {
        tags,
        summary: "The survey form of a personal link, in the respondent's language, with the answers saved so far (no sign-in)",
        security: [],
        params,
        querystring: responseQuerySchema,
        response: { 200: responseFormSchema },
      },
    },
    (request) => withLinkLimits(db, config.login, request.ip, () => service.getForm(db, request.params.token, request.query.language)),
  );

  app.put(
    "/responses/:token",
    {
      schema: {
        tags,
        summary: "Save answers of a personal link's response, merged into those saved (null clears one); partial is fine (no sign-in)",
        security: [],
        params,
        body: responseSaveSchema,
        response: { 200: responseSavedSchema },
      },
    },
    (request) =>
      withLinkLimits(db, config.login, request.ip, () =>
        service.saveAnswers(db, dialect, request.params.token, request.body.answers, false),
      ),
  );

  app.post(
    "/responses/:token/submit",
    {
      schema: {
        tags,
        summary:
          "Submit a personal link's response, with answers merged first if given; the same content again answers the same (no sign-in)",
        security: [],
        params,
        body: responseSubmitSchema,
        response: { 200: responseSavedSchema },
      },
    },
    (request) =>
      withLinkLimits(db, config.login, request.ip, () =>
        service.saveAnswers(db, dialect, request.params.token, request.body?.answers ?? {}, true),
      ),
  );
};
