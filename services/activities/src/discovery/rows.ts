import type { Db } from "../db.js";
import { getDatamodel } from "../generated/pothos-types.js";
import type { Activity } from "../generated/prisma/client.js";
import { Prisma } from "../generated/prisma/client.js";
import { sessionOrder } from "../schema/session.js";

/**
 * Discovery's rows in one statement (issue 9 §4, the benchmark's "where the time goes"): a page of
 * public cards asks for activities with their category and sessions. Through Prisma's client engine
 * that is three statements (activities, sessions, categories), each compiled by its Wasm query
 * compiler and mapped row by row, which costs more CPU per page than PostgreSQL spends answering
 * it. This reads the same rows in ONE raw statement (the relations as JSON) and gives back exactly
 * what `findMany({ where: { id: { in: ids } }, include })` gives: every scalar column, Dates as
 * `Date`, enum lists as string arrays, the relations under their names. Only the selections the
 * public cards make are taken (`include` of `category` and of `sessions` in their time order);
 * any other query returns null and the caller asks Prisma. integration-tests/discovery-rows.test.ts
 * checks, on PGlite and PostgreSQL, that both readings are deep-equal.
 */

interface ModelField {
  name: string;
  kind: string;
  type: string;
  isList: boolean;
}

const models = (getDatamodel() as unknown as { datamodel: { models: Record<string, { fields: ModelField[] }> } })
  .datamodel.models;

/** A model's stored columns (scalars and enums; relations and unsupported types have none here). */
function columnsOf(model: string): ModelField[] {
  const fields = models[model]?.fields;
  if (!fields) throw new Error(`unknown model ${model}`);
  return fields.filter((field) => field.kind === "scalar" || field.kind === "enum");
}

/** A column read as Prisma's own queries give it: enums as text, enum lists as text arrays. */
function columnSql(alias: string, field: ModelField): string {
  const column = `${alias}."${field.name}"`;
  if (field.kind === "enum") return field.isList ? `${column}::text[]` : `${column}::text`;
  // A bigint in JSON would lose digits past 2^53: it travels as text and is read back as a BigInt.
  if (field.type === "BigInt") return `${column}::text`;
  return column;
}

/** A row of `model` under `alias` as one JSON object (json_build_object takes at most 50 pairs). */
function jsonObjectSql(model: string, alias: string): string {
  const pairs = columnsOf(model).map((field) => `'${field.name}', ${columnSql(alias, field)}`);
  if (pairs.length > 50) throw new Error(`${model} has too many columns for json_build_object`);
  return `json_build_object(${pairs.join(", ")})`;
}

/** A JSON-read row back to Prisma's types: DateTime as Date, BigInt as bigint. */
function decoder(model: string): (row: Record<string, unknown>) => Record<string, unknown> {
  const dates = columnsOf(model)
    .filter((field) => field.type === "DateTime")
    .map((field) => field.name);
  const bigints = columnsOf(model)
    .filter((field) => field.type === "BigInt")
    .map((field) => field.name);
  return (row) => {
    for (const name of dates) {
      const value = row[name];
      if (typeof value === "string") row[name] = new Date(value);
    }
    for (const name of bigints) {
      const value = row[name];
      if (typeof value === "string") row[name] = BigInt(value);
    }
    return row;
  };
}

const json = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);

const listColumns = columnsOf("Activity")
  .filter((field) => field.isList)
  .map((field) => field.name);
const activityColumns = columnsOf("Activity")
  .map((field) => `${columnSql("a", field)} AS "${field.name}"`)
  .join(", ");
const sessionsSql = `(SELECT coalesce(json_agg(${jsonObjectSql("ActivitySession", "s")} ORDER BY s."startsAt", s."id"), '[]'::json)
  FROM "ActivitySession" s WHERE s."activityId" = a."id") AS "sessions"`;
const categorySql = `(SELECT ${jsonObjectSql("ActivityCategory", "c")} FROM "ActivityCategory" c WHERE c."id" = a."categoryId") AS "category"`;
const decodeActivity = decoder("Activity");
const decodeSession = decoder("ActivitySession");
const decodeCategory = decoder("ActivityCategory");
/** The sessions relation as ActivityRef.sessions plans it (read when first asked: schema/ imports this module). */
let sessionsInTimeOrder: string | undefined;

/** Which relations a Prisma query includes, if this module can read it; null otherwise. */
export function cardRelations(query: unknown): { sessions: boolean; category: boolean } | null {
  if (typeof query !== "object" || query === null) return null;
  const { include, select, ...rest } = query as { include?: unknown; select?: unknown };
  if (select !== undefined || Object.keys(rest).length > 0) return null;
  const relations = { sessions: false, category: false };
  if (include === undefined) return relations;
  if (typeof include !== "object" || include === null) return null;
  sessionsInTimeOrder ??= JSON.stringify({ orderBy: sessionOrder });
  for (const [name, value] of Object.entries(include)) {
    if (name === "category" && value === true) relations.category = true;
    else if (name === "sessions" && JSON.stringify(value) === sessionsInTimeOrder) relations.sessions = true;
    else return null;
  }
  return relations;
}

/** An activity of a page with the page's own columns beside it (a distance, say). */
export interface PageRow<Extra extends string> {
  activity: Activity;
  extra: Record<Extra, unknown>;
}

/**
 * A page of activities in one statement: `page` is the page's SELECT (an "id" column, any `extras`
 * columns, in the page's order and limited), read together with every column of each activity and
 * the relations `query` includes. Rows whose activity is gone are skipped. Returns null when `query`
 * asks for more than cards do (see `cardRelations`), for the caller to ask Prisma.
 */
export async function readCardPage<Extra extends string>(
  db: Db,
  page: Prisma.Sql,
  query: unknown,
  extras: readonly Extra[] = [],
): Promise<PageRow<Extra>[] | null> {
  const relations = cardRelations(query);
  if (!relations) return null;
  const columns = [
    ...extras.map((name) => `page."${name}" AS "page.${name}"`),
    activityColumns,
    ...(relations.sessions ? [sessionsSql] : []),
    ...(relations.category ? [categorySql] : []),
  ];
  // row_number() over the page as it comes keeps the page's order (its ORDER BY … LIMIT) without
  // sorting it again.
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT ${Prisma.raw(columns.join(", "))}
    FROM (SELECT p.*, row_number() OVER () AS "position" FROM (${page}) p) page
    JOIN "Activity" a ON a."id" = page."id"
    ORDER BY page."position"`;
  return rows.map((row) => {
    const extra = {} as Record<Extra, unknown>;
    for (const name of extras) {
      extra[name] = row[`page.${name}`];
      delete row[`page.${name}`];
    }
    // An empty array comes back from the raw reader as null; Prisma gives [].
    for (const name of listColumns) row[name] ??= [];
    // columnSql reads a bigint as text wherever it stands: back to BigInt here as in the relations.
    decodeActivity(row);
    if (relations.sessions) row.sessions = (json(row.sessions) as Record<string, unknown>[]).map(decodeSession);
    if (relations.category) {
      const category = json(row.category) as Record<string, unknown> | null;
      row.category = category ? decodeCategory(category) : null;
    }
    return { activity: row as unknown as Activity, extra };
  });
}

/**
 * The activities with these ids, in that order (ids with no row are skipped), with the relations
 * `query` includes, in one statement — or null when `query` asks for more than cards do.
 */
export async function readCards(db: Db, ids: readonly string[], query: unknown): Promise<Activity[] | null> {
  if (ids.length === 0) return cardRelations(query) ? [] : null;
  const rows = await readCardPage(db, Prisma.sql`SELECT "id" FROM unnest(${[...ids]}::text[]) AS u("id")`, query);
  return rows && rows.map((row) => row.activity);
}
