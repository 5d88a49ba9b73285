import { unwrapResolverError } from "@apollo/server/errors";
import { PothosValidationError } from "@pothos/core";
import type { GraphQLFormattedError } from "graphql";

/**
 * Pothos's own refusals of connection arguments (a cursor this server never issued, `before` with
 * `after`, …) are the caller's mistake, yet they arrive as plain errors (INTERNAL_SERVER_ERROR).
 * This turns them, for every connection of every subgraph, into `BAD_USER_INPUT` with a message a
 * person can act on. Anything else is left as it is.
 */
export function translateLibraryInputError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | undefined {
  const cause = unwrapResolverError(error);
  if (!(cause instanceof PothosValidationError)) return undefined;
  return {
    ...formatted,
    message: paginationMessage(cause.message),
    extensions: { ...formatted.extensions, code: "BAD_USER_INPUT" },
  };
}

function paginationMessage(message: string): string {
  if (/cursor/i.test(message)) return "分页游标无效：请使用上一页返回的 endCursor/startCursor，或从第一页重新开始";
  if (/"before" and "after"/.test(message)) return "before 与 after 不能同时使用";
  if (/"before" and "first"/.test(message)) return "before 须与 last 一起使用，不能与 first 同用";
  if (/"after" and "last"/.test(message)) return "after 须与 first 一起使用，不能与 last 同用";
  if (/"last" can only be used/.test(message)) return "last 须与 before 或 first 一起使用";
  if (/"first"|"last"/.test(message)) return "first/last 须为 0 到 100 之间的整数";
  return `参数无效：${message}`;
}
