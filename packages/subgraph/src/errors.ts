import type { PublicErrorCode } from "@kepu/server";
import { GraphQLError } from "graphql";

/**
 * Stable codes clients switch on; the message is for a person, in Chinese for the UI. The list is
 * `publicErrorCodes` in @kepu/server: an error with any other code is masked in production.
 */
export type ErrorCode = PublicErrorCode;

export function userError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const forbidden = (message = "没有权限执行此操作") => userError("FORBIDDEN", message);
export const unauthenticated = (message = "请先登录") => userError("UNAUTHENTICATED", message);
export const notFound = (what: string) => userError("NOT_FOUND", `未找到${what}`);
