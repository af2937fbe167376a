// multipart/form-data bodies written byte by byte: well-formed uploads of odd spreadsheets, and the
// malformed bodies a broken or hostile client sends (no boundary, a part cut short, no closing line).
import fc from "fast-check";
import { hostileText } from "./schema-values.js";

export type MultipartBody = { contentType: string | null; bytes: Buffer };

const CRLF = "\r\n";

function part(boundary: string, name: string, filename: string | null, content: Buffer): Buffer {
  const disposition = `form-data; name="${name}"${filename === null ? "" : `; filename="${filename}"`}`;
  const head = `--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}Content-Type: text/csv${CRLF}${CRLF}`;
  return Buffer.concat([Buffer.from(head, "utf8"), content, Buffer.from(CRLF)]);
}

const csvCell = fc.oneof(
  hostileText(40),
  fc.constantFrom("program_code", "partnership", "organization", "name", "sector", "yes", "no", "CMP", ""),
);
const csv = fc
  .array(fc.array(csvCell, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 8 })
  .map((rows) =>
    Buffer.from(
      rows.map((row) => row.map((cell) => (/[",\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",")).join("\n"),
      "utf8",
    ),
  );
const notCsv = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from("PK\u0003\u0004\u0014\u0000\u0000\u0000garbage that is not a workbook", "latin1")),
  fc.constant(Buffer.from([0xef, 0xbb, 0xbf, 0x22, 0x0a, 0xff, 0xfe])),
);
const filename = fc.oneof(
  fc.constantFrom("answers.csv", "registry.xlsx", "organizations.csv", "", "../../x.csv", "a\u0000.csv", "é😀.csv"),
  hostileText(30),
);

/** A well-formed upload of one to five files, each a CSV of odd cells or bytes that are no spreadsheet. */
export const multipartUpload: fc.Arbitrary<MultipartBody> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom("file", "files", "other"), filename, fc.oneof(csv, notCsv)), { minLength: 1, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([files, withField]) => {
    const boundary = "----fuzzBoundary7MA4YWxk";
    const parts = files.map(([name, file, content]) => part(boundary, name, file, content));
    if (withField) parts.push(part(boundary, "note", null, Buffer.from("a field, not a file")));
    return {
      contentType: `multipart/form-data; boundary=${boundary}`,
      bytes: Buffer.concat([...parts, Buffer.from(`--${boundary}--${CRLF}`)]),
    };
  });

const withBoundary = (boundary: string, body: string): MultipartBody => ({
  contentType: `multipart/form-data; boundary=${boundary}`,
  bytes: Buffer.from(body, "latin1"),
});
const header = (boundary: string) => `--${boundary}${CRLF}Content-Disposition: form-data; name="file"; filename="a.csv"${CRLF}${CRLF}`;

/** Bodies that claim to be multipart and are not: each must be refused with a 4xx. */
export const malformedMultipart: fc.Arbitrary<MultipartBody> = fc.oneof(
  fc.constantFrom<MultipartBody>(
    { contentType: "multipart/form-data", bytes: Buffer.from(`--x${CRLF}${CRLF}`) },
    { contentType: "multipart/form-data", bytes: Buffer.from("") },
    { contentType: "multipart/form-data; boundary=", bytes: Buffer.from(`--${CRLF}${CRLF}`) },
    { contentType: `multipart/form-data; boundary="${"b".repeat(200)}"`, bytes: Buffer.from(`--${"b".repeat(200)}${CRLF}`) },
    withBoundary("x", ""),
    withBoundary("x", `--x${CRLF}${CRLF}`),
    withBoundary("x", `${header("x")}a,b${CRLF}1,2`),
    withBoundary("x", `${header("x")}a,b${CRLF}--x`),
    withBoundary("x", header("x")),
    withBoundary("x", `--x${CRLF}Content-Disposition: form-data; name="file"; filename="a.csv"`),
    withBoundary("x", `--x${CRLF}Content-Disposition: form-data${CRLF}${CRLF}abc${CRLF}--x--${CRLF}`),
    withBoundary("x", `--y${CRLF}${header("y")}abc${CRLF}--y--${CRLF}`),
    withBoundary("x", `--x--${CRLF}`),
    withBoundary("x", `--x${CRLF}${"X-Long: ".concat("h".repeat(100_000))}${CRLF}${CRLF}abc${CRLF}--x--${CRLF}`),
    withBoundary("x", `--x${CRLF}Content-Disposition: form-data; name="file"; filename="a.csv"${CRLF}a,b`),
  ),
  fc
    .tuple(fc.constantFrom("x", "----WebKitFormBoundary", "é"), fc.uint8Array({ maxLength: 200 }), fc.nat({ max: 60 }))
    .map(([boundary, bytes, cut]) => {
      const whole = Buffer.concat([Buffer.from(header(boundary), "latin1"), Buffer.from(bytes)]);
      return { contentType: `multipart/form-data; boundary=${boundary}`, bytes: whole.subarray(0, Math.max(1, whole.length - cut)) };
    }),
);
