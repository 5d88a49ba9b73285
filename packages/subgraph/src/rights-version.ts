import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { GraphContext } from "./context.js";
import type { OrgDirectory } from "./org-directory.js";

/**
 * Rights that change take effect at once (issue 7 §3). An access token lives 15 minutes and carries
 * the memberships it was signed with; organizations bumps a per-user rights version (in the same
 * transaction as any change to the user's memberships, roles or platform-admin flag) and signs it
 * into every token as `rv`. Before any mutation runs, every subgraph compares the token's `rv` with
 * the user's current one (asked through the OrgDirectory, never cached) and refuses an older token
 * with `UNAUTHENTICATED` and `extensions.reason: "RIGHTS_CHANGED"`; clients renew the token once
 * and retry, so someone whose rights grew does not notice, and someone whose rights shrank acts on
 * what they hold now. Reads keep the token's claims for its short life.
 *
 * A mutation also gets the directory's `uncached()` view, so places (a moved unit) and campaign
 * designations are current for every write.
 */
export const rightsChangedReason = "RIGHTS_CHANGED";

/**
 * The refusal of a token signed before the user's rights last changed. Sent with HTTP 200 (Apollo
 * would answer a plugin's error with 500): the gateway passes a 200's errors on as they are, while
 * it replaces a subgraph's 4xx with a generic error that loses `reason`.
 */
export function rightsChanged(): GraphQLError {
  return new GraphQLError("您的权限已变更，请重新登录", {
    extensions: { code: "UNAUTHENTICATED", reason: rightsChangedReason, http: { status: 200 } },
  });
}

/**
 * Marks a mutation field that does not act on the caller's rights (signing in, renewing or ending a
 * sign-in): it runs even when the caller's token is out of date. Spread into the field's options.
 */
export const independentOfRights = { extensions: { kepuIndependentOfRights: true } } as const;

type RightsContext = GraphContext & { directory: OrgDirectory };

/** The Apollo Server plugin every subgraph runs (startSubgraphServer installs it). */
export function currentRightsPlugin(): ApolloServerPlugin<RightsContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          const operation = request.operation;
          if (operation?.operation !== "mutation") return;
          const ctx = request.contextValue;
          ctx.directory = ctx.directory.uncached();
          if (ctx.viewer.kind !== "user" || allIndependentOfRights(request, operation)) return;
          const current = await ctx.directory.rightsVersion(ctx.viewer.userId);
          if (current === null || current !== ctx.tokenRightsVersion) throw rightsChanged();
        },
      };
    },
  };
}

/** Whether every root field the mutation selects is marked `independentOfRights`. */
function allIndependentOfRights(
  request: GraphQLRequestContextDidResolveOperation<RightsContext>,
  operation: OperationDefinitionNode,
): boolean {
  const fields = request.schema.getMutationType()?.getFields() ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of request.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = rootFieldNames(operation, fragments);
  return (
    names.length > 0 &&
    names.every((name) => name === "__typename" || fields[name]?.extensions?.kepuIndependentOfRights === true)
  );
}

function rootFieldNames(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}
