import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type ASTVisitor,
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/**
 * What one operation may ask of the gateway. Each value leaves room above the largest real
 * operation of the three frontends and the widget (gateway/test/limits.test.ts checks every one of
 * them against these limits), and refuses the abusive shapes of issue 7 before any subgraph is
 * called. docs/decisions.md says why each value.
 */
export const operationLimits = {
  /** Nested selections (fields within fields; an `edges { node { … } }` counts two). */
  maxDepth: 10,
  /** Aliased fields in one operation, fragments included. */
  maxAliases: 15,
  /** Directives in one operation (`@include`, `@skip`, …). */
  maxDirectives: 20,
  /**
   * graphql-armor's cost: 2 per object field, 1 per scalar, ×1.5 per level, and a list field's
   * subtree × its literal `first`/`last` (a variable counts 1: the subgraphs cap it at 100).
   */
  maxCost: 20_000,
  /** Lexical tokens in the document; the parser stops counting there, so a huge one costs nothing. */
  maxTokens: 2_000,
} as const;

type Limit = "maxDepth" | "maxAliases" | "maxDirectives" | "maxCost";

const describe: Record<Limit, (limit: number, found: string) => string> = {
  maxDepth: (limit, found) => `查询嵌套过深：最多 ${limit} 层，本查询 ${found} 层。请减少嵌套层级，分几次查询`,
  maxAliases: (limit, found) => `查询使用的别名过多：最多 ${limit} 个，本查询 ${found} 个。请合并或分几次查询`,
  maxDirectives: (limit, found) => `查询使用的指令过多：最多 ${limit} 个，本查询 ${found} 个`,
  maxCost: (limit, found) => `查询过于复杂：复杂度上限 ${limit}，本查询 ${found}。请减少字段或层级，分几次查询`,
};

/** Reports graphql-armor's refusal as a validation error a person can act on (HTTP 400). */
function reject(limit: Limit) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1] ?? "?";
    context?.reportError(new GraphQLError(describe[limit](operationLimits[limit], found), { extensions: { limit } }));
  };
}

const armorOptions = (limit: Limit) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [reject(limit)],
});

/**
 * graphql-armor's depth, alias, directive and cost rules with the limits above, plus the alias rule
 * below, as validation rules for Apollo Server (they run with graphql's own rules, before any plan
 * is made). The token limit is graphql's parser option (`parseOptions.maxTokens`).
 */
export function limitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: operationLimits.maxDepth, flattenFragments: true, ...armorOptions("maxDepth") }),
    maxAliasesRule({ n: operationLimits.maxAliases, ...armorOptions("maxAliases") }),
    maxDirectivesRule({ n: operationLimits.maxDirectives, ...armorOptions("maxDirectives") }),
    costLimitRule({ maxCost: operationLimits.maxCost, flattenFragments: true, ...armorOptions("maxCost") }),
    noShadowingAliasRule,
  ] as ValidationRule[];
}

/** The message for a document over `maxTokens` (graphql's own text is English and technical). */
export function tokenLimitMessage(): string {
  return `查询过长：最多 ${operationLimits.maxTokens} 个词法单元。请减少字段或别名，分几次查询`;
}

/**
 * Refuses an alias that is the name of a different field of the same type, e.g.
 * `activity(id: …) { id: title works { title } }`. @apollo/gateway 2.14 plans such a selection
 * wrongly when it also crosses a subgraph: the entity's key `id` is fetched for the join under the
 * response name `id` and overwrites the aliased `title`, so the caller silently gets wrong data
 * (docs/decisions.md cites the upstream issue). Until upstream fixes it, such operations are
 * refused with a message saying what to rename; an alias that names no field of the type, or a
 * field aliased to its own name, is fine.
 */
export const noShadowingAliasRule: ValidationRule = (context): ASTVisitor => ({
  Field(node) {
    const alias = node.alias?.value;
    if (!alias || alias === node.name.value) return;
    const parent = context.getParentType();
    const type = parent ? getNamedType(parent) : undefined;
    if (!type || !(isObjectType(type) || isInterfaceType(type))) return;
    if (!(alias in type.getFields())) return;
    context.reportError(
      new GraphQLError(
        `别名 ${alias} 与 ${type.name} 的字段 ${alias} 同名，却用于字段 ${node.name.value}；` +
          `网关暂不支持这种写法（可能返回错误数据），请换一个不与字段同名的别名`,
        { nodes: [node], extensions: { limit: "aliasShadowsField" } },
      ),
    );
  },
});
