// Saving a file made or received in the page: an object URL clicked through a temporary link.
import { columnsOf, type ColumnSet } from "../../../contracts/imports.js";

export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; revoking later frees the memory.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A CSV file holding only the header row of a column set; the byte-order mark lets spreadsheets read UTF-8. */
export function saveTemplate(columns: ColumnSet, filename: string): void {
  saveFile(new Blob([`\uFEFF${columnsOf(columns).join(",")}\r\n`], { type: "text/csv;charset=utf-8" }), filename);
}
