/**
 * Whether a Prisma call failed on a unique index (another row already holds the value). With the
 * `js` engine and a driver adapter (our set-up, docs/decisions.md), Prisma 6.19 does not always map
 * PostgreSQL's 23505 to P2002: a `create` surfaces a `DriverAdapterError` whose `cause` carries the
 * SQL state. Both forms are recognized here, on PGlite and PostgreSQL alike.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (code === "P2002") return true;
  return typeof cause === "object" && cause !== null && (cause as { code?: unknown }).code === "23505";
}
