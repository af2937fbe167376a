// @ts-check
// Lays out printable documents (the charter, a survey round's report) on a thread of its own: pdfmake's
// layout is synchronous and takes a good part of a second for a large document, which would hold every
// other request on the event loop. The document definition comes in as plain data (built and translated
// by each module's pdf.ts, sent by files/pdf.ts), the PDF bytes go out.
// Plain JavaScript, so that the same file runs from the sources under the tests and from dist/.
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import pdfmake from "pdfmake";

/** @typedef {{ id: number; definition: Record<string, unknown>; pageLabel: string }} Request */

const port = parentPort;
if (!port) throw new Error("pdf-worker.js runs as a worker thread");

// The Roboto files pdfmake ships for Node: the fourteen standard PDF fonts stop at WinAnsi, which has
// no narrow no-break space, the space French sets before its colons and inside its quotation marks.
const fontsDir = path.join(path.dirname(createRequire(import.meta.url).resolve("pdfmake/package.json")), "fonts", "Roboto");
const roboto = {
  normal: path.join(fontsDir, "Roboto-Regular.ttf"),
  bold: path.join(fontsDir, "Roboto-Medium.ttf"),
  italics: path.join(fontsDir, "Roboto-Italic.ttf"),
  bolditalics: path.join(fontsDir, "Roboto-MediumItalic.ttf"),
};
const fontFiles = new Set(Object.values(roboto));
pdfmake.setFonts({ Roboto: roboto });
// A document holds text people wrote: it may name no address to fetch and no file but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => fontFiles.has(file));

port.on("message", async (/** @type {Request} */ request) => {
  try {
    /** @type {import("pdfmake/interfaces.js").TDocumentDefinitions} */
    const definition = {
      ...request.definition,
      content: /** @type {import("pdfmake/interfaces.js").Content} */ (request.definition["content"]),
      footer: (page, pages) => ({
        text: request.pageLabel.replace("{page}", String(page)).replace("{pages}", String(pages)),
        alignment: "center",
        style: "small",
        margin: [0, 20, 0, 0],
      }),
    };
    const data = await pdfmake.createPdf(definition).getBuffer();
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    port.postMessage({ id: request.id, bytes });
  } catch (error) {
    port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
