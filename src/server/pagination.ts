import type { Pagination, PaginationQuery } from "../contracts/common.js";

export type Page<T> = { data: T[]; pagination: Pagination };

export function offsetOf(query: PaginationQuery): number {
  return (query.page - 1) * query.pageSize;
}

export function pageFrom<T>(data: T[], total: number, query: PaginationQuery): Page<T> {
  return {
    data,
    pagination: {
      page: query.page,
      pageSize: query.pageSize,
      total,
      totalPages: Math.max(1, Math.ceil(total / query.pageSize)),
    },
  };
}
