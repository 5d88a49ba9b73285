import {
  type ConstDirectiveNode,
  DirectiveLocation,
  type FieldDefinitionNode,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLInt,
  type GraphQLResolveInfo,
  GraphQLSchema,
  type InterfaceTypeDefinitionNode,
  isInterfaceType,
  isObjectType,
  Kind,
  type ObjectTypeDefinitionNode,
} from "graphql";

/** How long the public may keep an answer made only of public fields (browsers, CDNs), seconds. */
export const publicFieldMaxAgeSeconds = 60;

/**
 * One public type of a subgraph: the fields whose answer is the same for every viewer (an org's
 * name, a public file's URL). Every other field of the type (per-viewer, personal, or simply not yet
 * judged) makes the answer uncacheable, so a field added later is private until someone lists it.
 */
export interface PublicType {
  /** Seconds; default `publicFieldMaxAgeSeconds`. */
  maxAge?: number;
  fields: readonly string[];
}

/**
 * Apollo's `@cacheControl` as a subgraph declares it (no scope argument: scopes are set by resolvers),
 * so its printed SDL is valid; federation does
 * not compose it into the supergraph (the gateway reads the subgraphs' `Cache-Control` instead).
 */
export const cacheControlDirective = new GraphQLDirective({
  name: "cacheControl",
  description: "Cache hints for Apollo Server's cache-control plugin.",
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

function maxAgeDirective(seconds: number): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: "cacheControl" },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: "maxAge" },
        value: { kind: Kind.INT, value: String(seconds) },
      },
    ],
  };
}

/**
 * Makes a subgraph's public answers cacheable through the gateway (which takes the lowest max-age
 * of the subgraphs it asked, and none from a subgraph that sent none). Each named type is read as
 * `@cacheControl(maxAge: N)`: a field returning it (a root such as `org(id)`, a relation such as
 * `parent`) and entity resolution (`_entities` takes the hint of each entity's type, so another
 * subgraph's `host { name }` is cacheable) are cacheable for N seconds; each of its fields not listed
 * as public is read as `@cacheControl(maxAge: 0)`, so asking one (members, contacts, viewerCan…)
 * makes the whole answer `no-store`. Types not named keep Apollo's default: uncacheable. A listed
 * field that does not exist throws, so a rename cannot silently drop a hint.
 */
export function withPublicCacheHints(schema: GraphQLSchema, publicTypes: Record<string, PublicType>): GraphQLSchema {
  for (const [name, spec] of Object.entries(publicTypes)) {
    const type = schema.getType(name);
    if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`withPublicCacheHints: no object type ${name}`);
    const fields = type.getFields();
    for (const field of spec.fields) {
      if (!fields[field]) throw new Error(`withPublicCacheHints: ${name} has no field ${field}`);
    }
    const node: ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode = type.astNode ?? {
      kind: Kind.OBJECT_TYPE_DEFINITION,
      name: { kind: Kind.NAME, value: name },
    };
    (type as { astNode: unknown }).astNode = {
      ...node,
      directives: [...(node.directives ?? []), maxAgeDirective(spec.maxAge ?? publicFieldMaxAgeSeconds)],
    } as ObjectTypeDefinitionNode;
    const listed = new Set(spec.fields);
    for (const field of Object.values(fields)) {
      if (listed.has(field.name)) continue;
      const fieldNode: FieldDefinitionNode = field.astNode ?? {
        kind: Kind.FIELD_DEFINITION,
        name: { kind: Kind.NAME, value: field.name },
        // Only the directives are read (by the cache-control plugin); the printer prints the field's type.
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "String" } },
      };
      (field as { astNode: unknown }).astNode = {
        ...fieldNode,
        directives: [...(fieldNode.directives ?? []), maxAgeDirective(0)],
      };
    }
  }
  const config = schema.toConfig();
  if (config.directives.some((directive) => directive.name === cacheControlDirective.name)) return schema;
  return new GraphQLSchema({ ...config, directives: [...config.directives, cacheControlDirective] });
}

interface CacheControlInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: "PUBLIC" | "PRIVATE" }): void };
}

/**
 * Marks this field's answer as not to be stored anywhere (max-age 0): for a public field whose value
 * is, this time, the viewer's own (a signed URL of a file only its unit may see).
 */
export function hintUncacheable(info: GraphQLResolveInfo): void {
  (info as GraphQLResolveInfo & CacheControlInfo).cacheControl?.setCacheHint({ maxAge: 0 });
}
