// A body that says it is multipart/form-data but cannot be read as such is the sender's mistake:
// 400 with a message saying so, on every upload route, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { fingerprint } from "../../../../test/integration/role-matrix/matrix.js";

const UPLOAD_ROUTES = ["/api/v1/imports/involvement", "/api/v1/imports/registry", "/api/v1/imports/registry?dryRun=true"];
const FORM = "multipart/form-data";
const WITH_BOUNDARY = `${FORM}; boundary=x`;
const FILE_HEADER = 'Content-Disposition: form-data; name="file"; filename="answers.csv"\r\nContent-Type: text/csv\r\n';

type Case = { name: string; contentType: string; body: string; key: "upload.malformed" | "upload.fileRequired" };

// busboy's own words for the first ones: "Boundary not found", "Unexpected end of multipart data", "Part terminated early".
// A body that closes before any part, or whose only part busboy drops, reads as a form without its file.
const CASES: Case[] = [
  { name: "no boundary", contentType: FORM, body: "--x\r\n\r\n", key: "upload.malformed" },
  { name: "an empty boundary", contentType: `${FORM}; boundary=`, body: "--\r\n\r\n", key: "upload.malformed" },
  { name: "a part with no header and no end", contentType: WITH_BOUNDARY, body: "--x\r\n\r\n", key: "upload.malformed" },
  {
    name: "a file part that never ends",
    contentType: WITH_BOUNDARY,
    body: `--x\r\n${FILE_HEADER}\r\nname,sector\r\nA,police\r\n`,
    key: "upload.malformed",
  },
  {
    name: "a boundary never closed after a file",
    contentType: WITH_BOUNDARY,
    body: `--x\r\n${FILE_HEADER}\r\nname\r\nA\r\n--x\r\n`,
    key: "upload.malformed",
  },
  {
    name: "text where the first boundary should be",
    contentType: WITH_BOUNDARY,
    body: "name,sector\r\nA,police\r\n",
    key: "upload.malformed",
  },
  { name: "an empty body", contentType: WITH_BOUNDARY, body: "", key: "upload.fileRequired" },
  {
    name: "a header block cut by the closing boundary",
    contentType: WITH_BOUNDARY,
    body: `--x\r\n${FILE_HEADER}--x--\r\n`,
    key: "upload.fileRequired",
  },
  {
    name: "a header line without a colon",
    contentType: WITH_BOUNDARY,
    body: `--x\r\nnot a header\r\n\r\nA\r\n--x--\r\n`,
    key: "upload.fileRequired",
  },
];

const MALFORMED =
  "The upload cannot be read: the multipart/form-data body is cut short or badly formed. Send the file in a field named file, as a browser form does";

for (const dialect of DIALECTS) {
  describe(`malformed multipart uploads on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;

    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    for (const url of UPLOAD_ROUTES) {
      it.each(CASES)(`answers 400 to ${url} with $name`, async ({ contentType, body, key }) => {
        const before = await fingerprint(t.database.db);
        const res = await t.as("admin").request({ method: "POST", url, headers: { "content-type": contentType }, payload: body });
        expect(res.statusCode, res.body).toBe(400);
        const error = res.json().error;
        expect(error.code).toBe("validation_failed");
        expect(error.details).toEqual([
          { field: "file", message: key === "upload.malformed" ? MALFORMED : "is required: attach a CSV or XLSX file", key },
        ]);
        expect(await fingerprint(t.database.db)).toEqual(before);
      });
    }

    it("says so in French", async () => {
      const res = await t.as("admin").request({
        method: "POST",
        url: UPLOAD_ROUTES[0],
        headers: { "content-type": FORM, "accept-language": "fr" },
        payload: "--x\r\n\r\n",
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].message).toBe(
        "L'envoi ne peut pas être lu\u00a0: le corps multipart/form-data est tronqué ou mal formé. Envoyez le fichier dans un champ nommé file, comme le fait un formulaire de navigateur",
      );
    });
  });
}
