export * from "./builder.js";
export * from "./context.js";
export * from "./errors.js";
export * from "./input-errors.js";
export * from "./org-directory.js";
export * from "./scalars.js";
export * from "./service.js";
export * from "./subgraph-server.js";
