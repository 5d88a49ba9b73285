export * from "./adapter.js";
export * from "./migrate.js";
