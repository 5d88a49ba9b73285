import { describe, expect, it } from "vitest";
import { composeSupergraph, loadSubgraphSdls, readCommittedSupergraph } from "../src/compose.js";

describe("supergraph", () => {
  it("composes from the four subgraphs and matches the committed file (run `pnpm compose` if not)", async () => {
    const fresh = composeSupergraph(await loadSubgraphSdls());
    expect(readCommittedSupergraph(), "gateway/supergraph.graphql is stale: run `pnpm compose`").toBe(fresh);
  });

  it("fails loudly when composition fails", () => {
    const broken = 'type Query { a: Int }\ntype Org @key(fields: "missing") { id: ID! }';
    const sdl = { organizations: broken, activities: broken, media: broken, evaluations: broken };
    expect(() => composeSupergraph(sdl)).toThrow(/Composition failed/);
  });
});
