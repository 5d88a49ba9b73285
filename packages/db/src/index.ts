export * from "./adapter.js";
export * from "./errors.js";
export * from "./migrate.js";
