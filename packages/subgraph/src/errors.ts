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

/**
 * A reference into this subgraph that names nothing (a deleted or mistyped key): thrown from an
 * entity's resolveReference, it makes that one entity null with an error carrying its typename and
 * key, and the gateway puts the error at the referring field's path. Cross-subgraph fields are
 * nullable, so one bad row never blanks a page (issue 7 §1).
 */
export function missingReference(typename: string, id: string): never {
  throw userError("NOT_FOUND", `引用的${typename}不存在：${id}`, { typename, key: { id } });
}

export const forbidden = (message = "没有权限执行此操作") => userError("FORBIDDEN", message);
export const unauthenticated = (message = "请先登录") => userError("UNAUTHENTICATED", message);
export const notFound = (what: string) => userError("NOT_FOUND", `未找到${what}`);
