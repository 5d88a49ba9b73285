export * from "./accounts.js";
export * from "./activities.js";
export * from "./campaigns.js";
export * from "./national-tree.js";
export * from "./nominations.js";
export * from "./orgs.js";
export * from "./types.js";
export * from "./works.js";
