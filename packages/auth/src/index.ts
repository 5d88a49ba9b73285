export * from "./policy.js";
export * from "./submissions.js";
export * from "./tokens.js";
export * from "./viewer.js";
