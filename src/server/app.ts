import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database } from "./db/database.js";
import type { Config } from "./env.js";
import { registerAuthentication, registerRefusalAudit } from "./http/authentication.js";
import type { AppContext } from "./http/context.js";
import { frameworkErrors, MAX_PARAM_LENGTH, registerErrorHandling } from "./http/errors.js";
import { registerJsonBodyParser } from "./http/json-body.js";
import { validatorCompiler } from "./http/validation.js";
import { languageOf } from "./http/language.js";
import { registerSecurityHeaders } from "./http/security-headers.js";
import { registerCacheControl } from "./http/cache-control.js";
import { registerWebApp, sendWebPage } from "./http/web-app.js";
import { render, text } from "./messages/render.js";
import { accountRoutes } from "./modules/account/routes.js";
import { auditRoutes } from "./modules/audit/routes.js";
import { charterRoutes } from "./modules/charter/routes.js";
import { calendarDocumentRoutes, calendarFeedRoutes } from "./modules/calendar-feeds/routes.js";
import { communicationRoutes } from "./modules/communications/routes.js";
import { instrumentRoutes } from "./modules/instruments/routes.js";
import { surveyRoundRoutes } from "./modules/surveys/routes.js";
import { responseRoutes } from "./modules/responses/routes.js";
import { surveyResultRoutes } from "./modules/survey-results/routes.js";
import { actionStepRoutes } from "./modules/action-steps/routes.js";
import { attentionRoutes } from "./modules/attention/routes.js";
import { authRoutes } from "./modules/auth/routes.js";
import { exportRoutes } from "./modules/exports/routes.js";
import { healthRoutes } from "./modules/health/routes.js";
import { importRoutes } from "./modules/imports/routes.js";
import { involvementRoutes } from "./modules/involvement/routes.js";
import { meetingRoutes } from "./modules/meetings/routes.js";
import { membershipRoutes } from "./modules/memberships/routes.js";
import { commitmentRoutes } from "./modules/commitments/routes.js";
import { organizationRoutes } from "./modules/organizations/routes.js";
import { contactRoutes } from "./modules/contacts/routes.js";
import { coverageRoutes } from "./modules/coverage/routes.js";
import { partnershipRoutes } from "./modules/partnerships/routes.js";
import { planRoutes } from "./modules/plan/routes.js";
import { programRoutes } from "./modules/programs/routes.js";
import { reportRoutes } from "./modules/reports/routes.js";
import { accountabilityRoutes } from "./modules/accountability/routes.js";
import { typologyRoutes } from "./modules/typology/routes.js";
import { userRoutes } from "./modules/users/routes.js";
import { invitationRoutes } from "./modules/users/invitations-routes.js";
import { passwordResetRoutes } from "./modules/auth/password-reset-routes.js";
import { mailRoutes } from "./modules/mail/routes.js";
import { reminderRoutes } from "./modules/reminders/routes.js";
import { startReminderRunner, type ReminderRunnerOptions } from "./modules/reminders/scheduler.js";
import { startSurveyRunner, type SurveyRunnerOptions } from "./modules/surveys/scheduler.js";
import type { Mailer } from "./modules/mail/outbox.js";
import { startMailWorker, type MailWorkerOptions } from "./modules/mail/worker.js";
import type { Runner } from "./modules/jobs/runner.js";

/** Where `vite build` puts the web app, from src/server or dist/server alike. */
export const WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export type AppOptions = {
  /**
   * Run this instance's background jobs (the mail worker, the survey invitations and reminders, and the
   * reminders unless CONVENE_REMINDERS is off) on a timer until the app closes. `serve` does (true);
   * tests that only send requests do not, or pass timings of their own, and get the reminders and the
   * survey mail only when they name them.
   */
  jobs?: boolean | { mail?: MailWorkerOptions; reminders?: ReminderRunnerOptions; surveys?: SurveyRunnerOptions };
};

/** Where links in messages point: the configured public address, else the address this server listens on. */
function publicAddress(app: FastifyInstance, config: Config): string {
  if (config.mail.publicUrl) return config.mail.publicUrl;
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/**
 * Behind a proxy, only the proxy the server sees is trusted: the client address is the one it added last to
 * X-Forwarded-For, so a client cannot choose its address (and escape the sign-in limits) by sending its own.
 */
function trustNearestProxy(_address: string, hop: number): boolean {
  return hop === 0;
}

export async function buildApp(config: Config, database: Database, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === "silent" ? false : { level: config.logLevel },
    trustProxy: config.trustProxy ? trustNearestProxy : false,
    bodyLimit: 1_048_576,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerJsonBodyParser(app);

  await registerSecurityHeaders(app, { forceHttps: config.forceHttps });
  registerCacheControl(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: "Convene API", version: "1", description: "Partnerships for community safety and crime prevention" },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "A personal API token (cvn_…)" },
          session: { type: "apiKey", in: "cookie", name: "convene_session" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const mail: Mailer = {
    delivers: config.mail.smtpUrl !== null,
    link: (pathAndQuery) => `${publicAddress(app, config)}${pathAndQuery}`,
    wake: () => undefined,
  };
  if (options.jobs && config.mail.smtpUrl) {
    const settings = typeof options.jobs === "object" ? options.jobs.mail : undefined;
    const worker = startMailWorker(
      database,
      { smtpUrl: config.mail.smtpUrl, from: config.mail.from },
      (error) => app.log.error(error),
      settings,
    );
    mail.wake = worker.wake;
    app.addHook("onClose", () => worker.stop());
  }
  const reminderSettings = options.jobs === true ? {} : options.jobs ? options.jobs.reminders : undefined;
  if (reminderSettings && config.reminders) {
    // Started once the app listens, so that the links in the first reminders carry its address.
    let reminders: Runner | null = null;
    app.addHook("onListen", async () => {
      reminders = startReminderRunner(database.db, mail, (error) => app.log.error(error), reminderSettings);
    });
    app.addHook("onClose", async () => {
      await reminders?.stop();
    });
  }
  const surveySettings = options.jobs === true ? {} : options.jobs ? options.jobs.surveys : undefined;
  if (surveySettings) {
    // Like the reminders: once the app listens, so that the links in the first invitations carry its address.
    let surveys: Runner | null = null;
    app.addHook("onListen", async () => {
      surveys = startSurveyRunner(database.db, mail, (error) => app.log.error(error), surveySettings);
    });
    app.addHook("onClose", async () => {
      await surveys?.stop();
    });
  }
  const context: AppContext = {
    db: database.db,
    readDb: database.readDb,
    importDb: database.importDb,
    dialect: database.dialect,
    config,
    mail,
  };
  registerAuthentication(app, database.db, {
    idleDays: config.sessionDays,
    maxDays: config.sessionMaxDays,
    secureCookies: config.secureCookies,
  });
  registerRefusalAudit(app, database.db);
  await app.register(healthRoutes, { prefix: "/api", ...context });
  await app.register(
    async (api) => {
      await api.register(authRoutes, context);
      await api.register(passwordResetRoutes, context);
      await api.register(accountRoutes, context);
      await api.register(userRoutes, context);
      await api.register(invitationRoutes, context);
      await api.register(mailRoutes, context);
      await api.register(reminderRoutes, context);
      await api.register(organizationRoutes, context);
      await api.register(contactRoutes, context);
      await api.register(programRoutes, context);
      await api.register(partnershipRoutes, context);
      await api.register(membershipRoutes, context);
      await api.register(commitmentRoutes, context);
      await api.register(planRoutes, context);
      await api.register(typologyRoutes, context);
      await api.register(involvementRoutes, context);
      await api.register(importRoutes, context);
      await api.register(exportRoutes, context);
      await api.register(coverageRoutes, context);
      await api.register(reportRoutes, context);
      await api.register(accountabilityRoutes, context);
      await api.register(auditRoutes, context);
      await api.register(attentionRoutes, context);
      await api.register(charterRoutes, context);
      await api.register(meetingRoutes, context);
      await api.register(communicationRoutes, context);
      await api.register(calendarFeedRoutes, context);
      await api.register(calendarDocumentRoutes, context);
      await api.register(instrumentRoutes, context);
      await api.register(surveyRoundRoutes, context);
      await api.register(responseRoutes, context);
      await api.register(surveyResultRoutes, context);
      await api.register(actionStepRoutes, context);
    },
    { prefix: "/api/v1" },
  );

  const hasWeb = existsSync(WEB_ROOT);
  if (hasWeb) await registerWebApp(app, WEB_ROOT);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (path.startsWith("/api") || request.method !== "GET") {
      const message = render(languageOf(request), text("error.noRoute", { method: request.method, path }));
      return reply.status(404).send({ error: { code: "not_found", message } });
    }
    if (!hasWeb) return reply.status(404).type("text/plain").send("The web app is not built. Run `npm run build`.");
    return sendWebPage(path, reply);
  });

  return app;
}
