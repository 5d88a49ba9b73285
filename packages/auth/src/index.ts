export * from "./policy.js";
export * from "./tokens.js";
export * from "./viewer.js";
