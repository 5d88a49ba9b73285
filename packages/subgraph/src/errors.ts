import { GraphQLError } from "graphql";

/** Stable codes clients switch on; the message is for a person, in Chinese for the UI. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "QUOTA_EXCEEDED"
  | "DEADLINE_PASSED"
  | "TOO_MANY_ATTEMPTS"
  | "SERVICE_UNAVAILABLE";

export function userError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const forbidden = (message = "没有权限执行此操作") => userError("FORBIDDEN", message);
export const unauthenticated = (message = "请先登录") => userError("UNAUTHENTICATED", message);
export const notFound = (what: string) => userError("NOT_FOUND", `未找到${what}`);
