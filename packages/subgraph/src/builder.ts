import SchemaBuilder from "@pothos/core";
import DirectivesPlugin from "@pothos/plugin-directives";
import FederationPlugin from "@pothos/plugin-federation";
import PrismaPlugin, { type PrismaClient } from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { z } from "zod";
import type { GraphContext, ServiceContext } from "./context.js";
import { forbidden, unauthenticated, userError } from "./errors.js";
import { DateScalar, DateTimeScalar } from "./scalars.js";

/** Scopes a field may require; evaluated against the verified viewer only. */
export interface AuthScopes {
  signedIn: boolean;
  platformAdmin: boolean;
}

export interface KepuSchemaTypes<Types extends object, Context extends GraphContext> {
  PrismaTypes: Types;
  Context: Context;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    /** An instant: a `Date` in resolvers, ISO 8601 with offset on the wire (see scalars.ts). */
    DateTime: { Input: Date; Output: Date };
    /** A calendar day in Asia/Shanghai, "YYYY-MM-DD". */
    Date: { Input: string; Output: string };
  };
}

/**
 * The one Pothos set-up every subgraph shares: federation (entities and keys), Prisma (queries
 * planned from the selection set), scope auth, input validation, Relay connections and the
 * time scalars `DateTime` and `Date` (scalars.ts). Each service
 * calls this once in its own builder.ts with its own generated Prisma types.
 */
export function createBuilder<Types extends object, Context extends ServiceContext>(options: { dmmf: unknown }) {
  const builder = new SchemaBuilder<KepuSchemaTypes<Types, Context>>({
    plugins: [ScopeAuthPlugin, DirectivesPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, FederationPlugin],
    defaultFieldNullability: false,
    defaultInputFieldRequiredness: true,
    scopeAuth: {
      authScopes: (ctx) => ({
        signedIn: ctx.viewer.kind === "user",
        platformAdmin: ctx.viewer.kind === "user" && ctx.viewer.platformAdmin,
      }),
      unauthorizedError: (_parent, ctx) => (ctx.viewer.kind === "user" ? forbidden() : unauthenticated()),
    },
    validation: {
      validationError: (failure) =>
        userError("BAD_USER_INPUT", failure.issues.map((issue) => issue.message).join("；"), {
          issues: failure.issues.map((issue) => ({
            path: issue.path?.map((part) => String(typeof part === "object" ? part.key : part)),
            message: issue.message,
          })),
        }),
    },
    prisma: {
      // The client lives on the request context, so a service can be started several times in one
      // process (tests) and each start brings its own database.
      client: (ctx) => ctx.db as PrismaClient,
      dmmf: options.dmmf as never,
      filterConnectionTotalCount: true,
      onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
    },
    relay: {
      clientMutationId: "omit",
      cursorType: "String",
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      // Every subgraph defines the same PageInfo; federation requires it to be shareable.
      pageInfoTypeOptions: { shareable: true },
      // One bound for every connection: a negative or over-large page is the caller's mistake,
      // refused as BAD_USER_INPUT with the allowed range (not silently clamped, not a crash).
      firstArgOptions: { validate: pageSizeSchema("first") },
      lastArgOptions: { validate: pageSizeSchema("last") },
      // A cursor is short text this server issued; anything longer is refused before parsing.
      afterArgOptions: { validate: cursorSchema("after") },
      beforeArgOptions: { validate: cursorSchema("before") },
    },
  });
  builder.addScalarType("DateTime", DateTimeScalar);
  builder.addScalarType("Date", DateScalar);
  builder.queryType({});
  builder.mutationType({});
  return builder;
}

/** Upper bound on `first`/`last` for every connection, so one request cannot ask for a whole table. */
export const maxPageSize = 100;

function pageSizeSchema(name: "first" | "last") {
  const message = `${name} 须为 0 到 ${maxPageSize} 之间的整数`;
  return z.number().int(message).min(0, message).max(maxPageSize, message).nullish();
}

function cursorSchema(name: "after" | "before") {
  return z.string().max(512, `${name} 不是有效的分页游标`).nullish();
}
