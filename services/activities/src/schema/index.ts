import { builder } from "../builder.js";
import { withInheritedCacheHints } from "../discovery/cache-hints.js";
import "./org.js";
import "./campaign.js";
import "./category.js";
import "./activity.js";
import "./activity-workflow.js";
import "./activity-import.js";
import "./session.js";
import "./registration.js";
import "./trail.js";
import "./results.js";
import "./discovery.js";
import "./figures.js";
import "./calendar.js";
import "./discovery-map.js";
import "./person.js";

/**
 * The activities subgraph's schema, with the federation directives it uses. `@extends` is listed
 * because Pothos marks every `externalRef` (our Org and Campaign stubs) with it; without the import
 * the printed SDL names a directive it never imported and federation rejects it. Object types inherit
 * the cache hint of the root field above them (discovery's public queries set one; cache-hints.ts).
 */
export const schema = withInheritedCacheHints(
  builder.toSubGraphSchema({
    linkUrl: "https://specs.apollo.dev/federation/v2.6",
    federationDirectives: ["@key", "@shareable", "@external", "@extends"],
  }),
);
