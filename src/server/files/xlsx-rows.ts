// How many rows a workbook's sheets hold, found without loading the workbook: each sheet's XML is
// inflated as a stream (zlib works off the event loop) and its filled rows counted, stopping as soon
// as the count goes past what the caller will take. A workbook of a million short rows costs its
// first rows past the limit, not the gigabytes that loading it would take.
import { createInflateRaw } from "node:zlib";

type Entry = { name: string; method: number; compressedSize: number; localHeader: number };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

class NotAZip extends Error {}

/** The zip's central directory: every entry's name, compression and where its data starts. */
function entries(data: Buffer): Entry[] {
  // The end record is the last 22 bytes, or more when the archive has a comment (at most 65,535 bytes).
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 65_535); at -= 1) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new NotAZip();
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const found: Entry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new NotAZip();
    const nameLength = data.readUInt16LE(at + 28);
    found.push({
      name: data.toString("utf8", at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      localHeader: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return found;
}

function entryData(data: Buffer, entry: Entry): Buffer {
  const at = entry.localHeader;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL_HEADER) throw new NotAZip();
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  return data.subarray(start, start + entry.compressedSize);
}

// The tags that matter, with or without a namespace prefix: a row, and a cell's value or inline string.
const TAG = /<(\/?)(?:\w+:)?(row|v|is)\b[^>]*?(\/?)>/g;

/** Counts the rows of a sheet's XML that hold at least one value, fed in chunks. */
class RowCounter {
  rows = 0;
  private tail = "";
  private inRow = false;
  private hasValue = false;

  feed(chunk: string): void {
    const text = this.tail + chunk;
    // A tag cut by the chunk's end is kept for the next chunk.
    const open = text.lastIndexOf("<");
    const cut = open >= 0 && text.indexOf(">", open) < 0 ? open : text.length;
    this.tail = text.slice(cut);
    for (const [, closing, name, selfClosing] of text.slice(0, cut).matchAll(TAG)) {
      if (name === "row") {
        if (closing) {
          if (this.inRow && this.hasValue) this.rows += 1;
          this.inRow = false;
        } else if (!selfClosing) {
          this.inRow = true;
          this.hasValue = false;
        }
      } else if (!closing && !selfClosing && this.inRow) this.hasValue = true;
    }
  }
}

/** Feeds the sheet's XML to the counter until it ends or `enough()` says to stop. */
function countRows(compressed: Buffer, method: number, counter: RowCounter, enough: () => boolean): Promise<void> {
  if (method === STORED) {
    counter.feed(compressed.toString("latin1"));
    return Promise.resolve();
  }
  if (method !== DEFLATED) return Promise.reject(new NotAZip());
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    inflate.on("data", (chunk: Buffer) => {
      // Tags are ASCII, so Latin-1 decoding finds them wherever a chunk cuts a multi-byte character.
      counter.feed(chunk.toString("latin1"));
      if (enough()) {
        inflate.destroy();
        resolve();
      }
    });
    inflate.on("end", resolve);
    inflate.on("error", () => reject(new NotAZip()));
    inflate.end(compressed);
  });
}

/**
 * The number of data rows (rows holding a value, less each sheet's header) over every sheet of a
 * workbook, counted up to `stopAbove` + 1 at most; null when the file is not a readable zip.
 * @example await workbookDataRows(await writeXlsx("s", ["a"], [["1"], ["2"]]), 100) === 2
 */
export async function workbookDataRows(data: Buffer, stopAbove: number): Promise<number | null> {
  try {
    let total = 0;
    for (const entry of entries(data).filter((candidate) => SHEET.test(candidate.name))) {
      const counter = new RowCounter();
      await countRows(entryData(data, entry), entry.method, counter, () => total + counter.rows - 1 > stopAbove);
      total += Math.max(0, counter.rows - 1);
      if (total > stopAbove) return total;
    }
    return total;
  } catch (error) {
    if (error instanceof NotAZip || error instanceof RangeError) return null;
    throw error;
  }
}
