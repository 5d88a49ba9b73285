import { builder } from "../builder.js";
import "./refs.js";
import "./asset.js";
import "./work.js";
import "./work-mutations.js";
import "./work-postings.js";
import "./resource.js";
import "./work-reach.js";
import "./activity-assets.js";

/**
 * The media subgraph's schema. `@extends` because Pothos marks every externalRef with it;
 * `@inaccessible` for what only other subgraphs call (attachActivityAssets).
 */
export const schema = builder.toSubGraphSchema({
  linkUrl: "https://specs.apollo.dev/federation/v2.6",
  federationDirectives: ["@key", "@shareable", "@external", "@extends", "@inaccessible"],
});
