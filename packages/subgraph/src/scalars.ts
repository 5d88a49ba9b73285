import { type CalendarDay, formatInstant, readDay, readInstant } from "@kepu/time";
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

/**
 * The graph's time scalars, defined once for every subgraph (the rules are @kepu/time's):
 *
 * - `DateTime`: an instant. Input is ISO 8601 text **with** an offset ("2024-09-15T09:00:00+08:00"
 *   or "…Z"); without one, or in any other form ("Sep 15 2024"), the request is refused with
 *   BAD_USER_INPUT and a message saying what to send. Output is always UTC with milliseconds
 *   ("2024-09-15T01:00:00.000Z"). Resolvers see a JavaScript `Date`.
 * - `Date`: a calendar day in Asia/Shanghai, "YYYY-MM-DD" in and out. Resolvers see the string.
 */

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

function stringLiteral(node: ValueNode, typeName: string): string {
  if (node.kind !== Kind.STRING) throw refuse(`${typeName} 须为字符串，例如 "2024-09-15T09:00:00+08:00"`);
  return node.value;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== "string") throw refuse("时间须为字符串，例如 2024-09-15T09:00:00+08:00");
  const reading = readInstant(value);
  if (!reading.ok) throw refuse(reading.message);
  return reading.value;
}

function parseDay(value: unknown): CalendarDay {
  if (typeof value !== "string") throw refuse("日期须为 YYYY-MM-DD 字符串，例如 2024-09-15");
  const reading = readDay(value);
  if (!reading.ok) throw refuse(reading.message);
  return reading.value;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description:
    "An instant, ISO 8601 with an offset. Input must carry one (2024-09-15T09:00:00+08:00 or …Z); " +
    "output is UTC (2024-09-15T01:00:00.000Z). Shown to people in Asia/Shanghai.",
  serialize(value) {
    if (value instanceof Date) return formatInstant(value);
    // A resolver that hands over text must hand over an instant with an offset, like any client.
    return formatInstant(parseDateTime(value));
  },
  parseValue: parseDateTime,
  parseLiteral: (node) => parseDateTime(stringLiteral(node, "DateTime")),
});

export const DateScalar = new GraphQLScalarType<CalendarDay, string>({
  name: "Date",
  description: "A calendar day in Asia/Shanghai, YYYY-MM-DD.",
  serialize: (value) => parseDay(value),
  parseValue: parseDay,
  parseLiteral: (node) => parseDay(stringLiteral(node, "Date")),
});
