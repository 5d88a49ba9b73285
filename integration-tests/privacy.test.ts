import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, signIn } from "@kepu/testing";
import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Personal data never reaches the public: this walks EVERY query field of the supergraph (read by
 * introspection, so new fields are covered without touching this test), selects every field it
 * can reach a few levels deep, asks the gateway anonymously, and searches the answers for phone
 * numbers and e-mail addresses. The same walk as a platform admin must find some, so the test
 * would notice if the walk stopped reaching the data.
 */
let platform: RunningPlatform;
let schema: GraphQLSchema;

beforeAll(async () => {
  platform = await startPlatform();
  const introspection = await graphql<IntrospectionQuery>(platform.gatewayUrl, getIntrospectionQuery());
  schema = buildClientSchema(introspection.data as IntrospectionQuery);
});
afterAll(async () => {
  await platform?.close();
});

/** Known keys for the arguments a root field requires (ids of seeded records). */
const sampleIds: Record<string, string> = {
  org: "org-cq-yuzhong",
  campaign: "cmp-2024-cq",
  activity: "act-2023-cq-night",
  work: "work-quantum-60s",
  nomination: "nom-hn-cs-unit-kaifu",
  // No demo data has files yet: the crawl asks for one that does not exist (null), as the public would.
  asset: "asset-not-in-demo-data",
  // Nor trails: the crawl asks for one that does not exist (null); trails.test.ts reads a real one as the public.
  trail: "trail-not-in-demo-data",
};

const maxDepth = 4;

function selection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return "";
  if (!isObjectType(type)) return "{ __typename }";
  const fields = Object.values(type.getFields())
    .filter(askable)
    .flatMap((field) => {
      const named = getNamedType(field.type);
      const args = field.args.some((a) => a.name === "first") ? "(first: 3)" : "";
      if (isLeafType(named)) return [field.name];
      if (depth >= maxDepth) return [];
      return [`${field.name}${args} ${selection(named, depth + 1)}`];
    });
  return `{ __typename ${fields.join(" ")} }`;
}

function rootQueries(): string[] {
  const query = schema.getQueryType();
  if (!query) return [];
  return Object.values(query.getFields())
    .filter((field) => !field.name.startsWith("_"))
    .flatMap((field: GraphQLField<unknown, unknown>) => {
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      if (required.some((arg) => arg.name !== "id")) return []; // e.g. invitation(token): a secret, not a crawl
      const id = required.length ? sampleIds[field.name] : undefined;
      if (required.length && !id) throw new Error(`privacy crawl: no sample id for Query.${field.name}; add one`);
      const args = [id ? `id: "${id}"` : "", field.args.some((a) => a.name === "first") ? "first: 5" : ""].filter(
        Boolean,
      );
      const named = getNamedType(field.type);
      const head = `${field.name}${args.length ? `(${args.join(", ")})` : ""}`;
      // One query per field of the answer's type, so a type that reaches far (an activity's sessions
      // and their registrations) stays under the gateway's token limit.
      if (!isObjectType(named)) return [`${head} ${selection(named, 1)}`];
      return branches(named).map((branch) => `${head} { __typename ${branch} }`);
    });
}

/** Whether the crawl can ask for a field (no required argument without a default). */
const askable = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

/** The fields of `type` as selections (as `selection` makes them), its leaves together in one. */
function branches(type: GraphQLObjectType): string[] {
  const leaves: string[] = [];
  const deep: string[] = [];
  for (const field of Object.values(type.getFields()).filter(askable)) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) leaves.push(field.name);
    else
      deep.push(
        `${field.name}${field.args.some((a) => a.name === "first") ? "(first: 3)" : ""} ${selection(named, 2)}`,
      );
  }
  return [leaves.join(" "), ...deep].filter(Boolean);
}

const phonePattern = /(?<!\d)(1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?!\d)/;
const emailPattern = /[\w.+-]+@[\w-]+\.[\w.-]+/;

async function crawl(token?: string): Promise<string> {
  const bodies: string[] = [];
  for (const field of rootQueries()) {
    const result = await graphql(platform.gatewayUrl, `{ ${field} }`, { ...(token ? { token } : {}) });
    const denied = result.errors?.every((e) => ["UNAUTHENTICATED", "FORBIDDEN"].includes(String(e.extensions?.code)));
    if (result.errors && !denied) throw new Error(`crawl of ${field.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
    bodies.push(JSON.stringify(result));
  }
  return bodies.join("\n");
}

describe("personal data and the public", () => {
  it("never sends a phone number or e-mail address to an anonymous caller, for any query", async () => {
    expect(rootQueries().length).toBeGreaterThanOrEqual(8);
    const answers = await crawl();
    expect(answers.match(phonePattern)?.[0] ?? null).toBeNull();
    expect(answers.match(emailPattern)?.[0] ?? null).toBeNull();
  });

  it("does reach them for someone entitled (so the crawl is not blind)", async () => {
    const token = await signIn(platform.gatewayUrl, "admin@kepu.example", "kepu-demo-2024");
    const answers = await crawl(token);
    expect(answers).toMatch(phonePattern);
    expect(answers).toMatch(emailPattern);
  });
});
