import { buildSchema, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { withPublicCacheHints } from "./cache-hints.js";

const sdl = `
  type Query { org(id: ID!): Org }
  type Org { id: ID! name: String! address: String viewerCanAdminister: Boolean! }
`;

const maxAges = (type: GraphQLObjectType) =>
  Object.fromEntries(
    Object.values(type.getFields()).map((field) => [
      field.name,
      field.astNode?.directives?.find((d) => d.name.value === "cacheControl")?.arguments?.[0]?.value,
    ]),
  );

describe("withPublicCacheHints", () => {
  it("gives a public type a max-age and every field not listed max-age 0, and declares the directive", () => {
    const schema = withPublicCacheHints(buildSchema(sdl), { Org: { fields: ["id", "name"] } });
    const org = schema.getType("Org") as GraphQLObjectType;
    expect(org.astNode?.directives?.[0]?.arguments?.[0]?.value).toEqual({ kind: "IntValue", value: "60" });
    const ages = maxAges(org);
    expect(ages.id).toBeUndefined();
    expect(ages.name).toBeUndefined();
    expect(ages.address).toEqual({ kind: "IntValue", value: "0" });
    expect(ages.viewerCanAdminister).toEqual({ kind: "IntValue", value: "0" });
    expect(schema.getDirective("cacheControl")).toBeDefined();
  });

  it("refuses a type or a field that does not exist, so a rename cannot silently drop a hint", () => {
    expect(() => withPublicCacheHints(buildSchema(sdl), { Org: { fields: ["id", "title"] } })).toThrow(
      /no field title/,
    );
    expect(() => withPublicCacheHints(buildSchema(sdl), { Place: { fields: ["id"] } })).toThrow(/no object type Place/);
  });
});
