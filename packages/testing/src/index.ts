export * from "./databases.js";
export * from "./graphql.js";
export * from "./must.js";
export * from "./signer.js";
