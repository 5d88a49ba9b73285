export * from "./env.js";
export * from "./local.js";
export * from "./s3.js";
export * from "./store.js";
