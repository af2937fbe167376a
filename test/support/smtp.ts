// A real SMTP server for the tests (smtp-server), on a free port of the loopback interface. It keeps
// every message it accepts, decoded enough to read (headers, subject and plain-text body), and can be
// told to refuse the next messages with a temporary failure, as a busy mail server would.
import { SMTPServer } from "smtp-server";
import { expect } from "vitest";

export type ReceivedMail = {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
};

export type TestSmtpServer = {
  /** An SMTP_URL for the server, with the user and password it accepts. */
  url: string;
  received: ReceivedMail[];
  /** How many messages were refused so far. */
  refusals: () => number;
  /** Refuses the next `count` messages (451, try again later). */
  refuseNext: (count: number) => void;
  /** Waits until at least `count` messages have arrived, and returns them. */
  waitForMessages: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

const USER = "convene";
const PASSWORD = "smtp-test-password";

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const soft = value.replace(/=\r?\n/g, "");
  for (let index = 0; index < soft.length; index += 1) {
    const char = soft[index] ?? "";
    const hex = soft.slice(index + 1, index + 3);
    if (char === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(char, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_whole, encoding: string, data: string) =>
      encoding.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeHeader(line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(body)
      : encoding === "base64"
        ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
        : body;
  return { ...envelope, subject: headers.subject ?? "", text: text.replace(/\r\n/g, "\n"), headers };
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let toRefuse = 0;
  let refused = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (toRefuse > 0) {
          toRefuse -= 1;
          refused += 1;
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          callback(error);
          return;
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        received.push(parseMail(Buffer.concat(chunks).toString("utf8"), { from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) }));
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    received,
    refusals: () => refused,
    refuseNext: (count) => {
      toRefuse = count;
    },
    waitForMessages: async (count, timeoutMs = 20_000) => {
      await expect.poll(() => received.length, { timeout: timeoutMs, interval: 50 }).toBeGreaterThanOrEqual(count);
      return received.slice(0, Math.max(count, received.length));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link into the app found in a message, e.g. the one-time link of an invitation. */
export function linkIn(mail: ReceivedMail): string {
  const match = /https?:\/\/\S+/.exec(mail.text);
  if (!match) throw new Error(`no link in the message "${mail.subject}"`);
  return match[0];
}
