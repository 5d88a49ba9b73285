import { cacheControlDirective } from "@kepu/subgraph";
import {
  type ConstDirectiveNode,
  type GraphQLResolveInfo,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
} from "graphql";

/** How long the public may keep a discovery answer (browsers, CDNs, the gateway's cache), seconds. */
export const publicMaxAgeSeconds = 60;

const inheritMaxAge: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: "cacheControl" },
  arguments: [
    {
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: "inheritMaxAge" },
      value: { kind: Kind.BOOLEAN, value: true },
    },
  ],
};

/**
 * Lets Apollo Server's cache-control plugin (on by default in every subgraph) cache answers of the
 * public queries: each object type of the schema is read as `@cacheControl(inheritMaxAge: true)`, so
 * nested objects (an activity, its category, a page's info) take the hint of the root field above
 * them. Root fields without a hint stay at max-age 0 (uncacheable) as before, and so does everything
 * under them; only the discovery roots set one (`hintPublic`). The directive is declared in the
 * subgraph; federation leaves it out of the supergraph.
 * The gateway turns subgraph `Cache-Control` headers into its own (the lowest max-age wins, and a
 * subgraph that sends none makes the answer uncacheable).
 */
export function withInheritedCacheHints(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    // Federation's own types (_Entity, _Service) are printed from their definitions: left alone.
    if (type.name.startsWith("_") || roots.has(type as never)) continue;
    if (!isObjectType(type) && !isInterfaceType(type) && !isUnionType(type)) continue;
    const node = type.astNode;
    const directives = [...(node?.directives ?? []), inheritMaxAge];
    const base = node ?? {
      kind: isObjectType(type)
        ? Kind.OBJECT_TYPE_DEFINITION
        : isInterfaceType(type)
          ? Kind.INTERFACE_TYPE_DEFINITION
          : Kind.UNION_TYPE_DEFINITION,
      name: { kind: Kind.NAME, value: type.name },
    };
    (type as { astNode: unknown }).astNode = { ...base, directives };
  }
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, directives: [...config.directives, cacheControlDirective] });
}

interface CacheControlInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: "PUBLIC" | "PRIVATE" }): void };
}

/**
 * Marks a public discovery answer cacheable for `publicMaxAgeSeconds`: PUBLIC for an anonymous
 * viewer (the answer is the same for everyone), PRIVATE for a signed-in one (fields such as
 * `viewerCan` or a unit's own workflow state answer for that person).
 */
export function hintPublic(info: GraphQLResolveInfo, signedIn: boolean): void {
  (info as GraphQLResolveInfo & CacheControlInfo).cacheControl?.setCacheHint({
    maxAge: publicMaxAgeSeconds,
    scope: signedIn ? "PRIVATE" : "PUBLIC",
  });
}
