import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { badTextReason, createErrorFormatter, type ErrorLogEntry, runInRequestScope } from "./edge.js";

const internal = { message: "Invalid `prisma.org.findMany()` invocation in /srv/app/org.ts:102:18", path: ["orgs"] };
const cause = new Error(internal.message);

describe("error formatting at the edge", () => {
  it("in production masks an internal error under the request id and logs it in full", async () => {
    const logged: ErrorLogEntry[] = [];
    const format = createErrorFormatter({ service: "test", production: true, log: (entry) => logged.push(entry) });
    const result = await runInRequestScope(
      { requestId: "req-12345678", signal: new AbortController().signal },
      async () =>
        format(
          { ...internal, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x (/srv/app/org.ts:1:1)"] } },
          cause,
        ),
    );
    expect(result).toEqual({
      message: expect.stringContaining("请求编号 req-12345678"),
      path: ["orgs"],
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-12345678" },
    });
    expect(logged).toEqual([expect.objectContaining({ requestId: "req-12345678", message: internal.message })]);
    expect(logged[0]?.stack).toMatch(/edge\.test\.ts/);
  });

  it("in production keeps a user error but drops its stack trace and internal extensions", () => {
    const format = createErrorFormatter({ service: "test", production: true, log: () => {} });
    const error = new GraphQLError("没有权限执行此操作", { extensions: { code: "FORBIDDEN" } });
    expect(
      format(
        { message: error.message, extensions: { code: "FORBIDDEN", stacktrace: ["…"], serviceName: "media" } },
        error,
      ),
    ).toEqual({ message: "没有权限执行此操作", extensions: { code: "FORBIDDEN" } });
  });

  it("in development keeps today's detail (and still logs internal errors)", () => {
    const logged: ErrorLogEntry[] = [];
    const format = createErrorFormatter({ service: "test", production: false, log: (entry) => logged.push(entry) });
    const formatted = { ...internal, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } };
    expect(format(formatted, cause)).toBe(formatted);
    expect(logged).toHaveLength(1);
  });
});

describe("string hygiene", () => {
  it("refuses NUL and lone surrogates, accepts every well-formed string", () => {
    expect(badTextReason("a\u0000b")).toMatch(/空字符/);
    expect(badTextReason("a\ud800b")).toMatch(/代理项/);
    expect(badTextReason("\udc00")).toMatch(/代理项/);
    expect(badTextReason("科普日 😀 (一)")).toBeNull();
  });
});
