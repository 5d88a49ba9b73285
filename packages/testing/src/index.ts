export * from "./databases.js";
export * from "./graphql.js";
