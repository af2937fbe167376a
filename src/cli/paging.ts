// Lists on the command line are paginated like the API's: --page and --page-size, validated by the
// same schema, or --all to go through every page.
import type { Command } from "commander";
import { paginationQuerySchema, PAGE_SIZE_MAX, type PaginationQuery } from "../contracts/common.js";
import type { Page } from "../server/pagination.js";
import { render, text } from "../server/messages/render.js";
import { terminalLanguage } from "./language.js";
import { UsageError } from "./usage-error.js";

export type PagingOptions = { page?: string; pageSize?: string; all?: boolean };

/** Adds --page, --page-size and --all to a list command. */
export function withPaging(command: Command): Command {
  return command
    .option("--page <n>", "page to show", "1")
    .option("--page-size <n>", `entries per page (1–${PAGE_SIZE_MAX})`, "25")
    .option("--all", "show every entry, page after page");
}

/** The page asked for, as the API's pagination schema reads it; bad values are usage errors. */
export function pagingQuery(options: PagingOptions): PaginationQuery {
  const parsed = paginationQuerySchema.safeParse({ page: options.page, pageSize: options.pageSize });
  if (!parsed.success) throw UsageError.fromZod(parsed.error, { page: "--page", pageSize: "--page-size" });
  return parsed.data;
}

/** Every entry with --all (pages of the largest size), otherwise the page asked for (see pagingQuery). */
export async function collect<T>(
  query: PaginationQuery,
  all: boolean,
  load: (query: PaginationQuery) => Promise<Page<T>>,
): Promise<Page<T>> {
  if (!all) return load(query);
  const first = await load({ page: 1, pageSize: PAGE_SIZE_MAX });
  const data = [...first.data];
  for (let page = 2; page <= first.pagination.totalPages; page += 1) data.push(...(await load({ page, pageSize: PAGE_SIZE_MAX })).data);
  return { data, pagination: { page: 1, pageSize: data.length, total: data.length, totalPages: 1 } };
}

/** Where the list stands, on standard error so that standard output holds only the table. */
export function reportPage(pagination: Page<unknown>["pagination"]): void {
  if (pagination.totalPages <= 1) return;
  const language = terminalLanguage();
  const { page, totalPages: pages, total: count } = pagination;
  const lines = [render(language, text("cli.page", { page, pages, count }))];
  if (page < pages) lines.push(render(language, text("cli.nextPage", { next: page + 1 })));
  process.stderr.write(`${lines.join(" ")}\n`);
}
