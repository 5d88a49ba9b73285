export * from "./tokens.js";
export * from "./viewer.js";
