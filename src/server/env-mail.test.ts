import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./env.js";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("mail settings", () => {
  it("keeps messages in the outbox when no SMTP server is given", () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: null, from: "Convene <convene@localhost>", publicUrl: null });
  });

  it("reads the SMTP server, the sender and the public address", () => {
    const config = loadConfig({
      SMTP_URL: "smtp://user:secret@mail.example.org:587",
      CONVENE_MAIL_FROM: "Convene <convene@example.org>",
      CONVENE_PUBLIC_URL: "https://convene.example.org/",
    });
    expect(config.mail).toEqual({
      smtpUrl: "smtp://user:secret@mail.example.org:587",
      from: "Convene <convene@example.org>",
      publicUrl: "https://convene.example.org",
    });
  });

  it("asks for the sender when an SMTP server is given", () => {
    expect(problemsOf({ SMTP_URL: "smtps://mail.example.org" })).toEqual([
      "CONVENE_MAIL_FROM is required with SMTP_URL: the address messages are sent from",
    ]);
  });

  it("lists a malformed SMTP URL, sender and public address together", () => {
    const problems = problemsOf({
      SMTP_URL: "mail.example.org:25",
      CONVENE_MAIL_FROM: "Convene",
      CONVENE_PUBLIC_URL: "convene.example.org",
    });
    expect(problems.map((problem) => problem.split(" ")[0])).toEqual(["SMTP_URL", "CONVENE_MAIL_FROM", "CONVENE_PUBLIC_URL"]);
  });
});
