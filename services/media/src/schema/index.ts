import { withPublicCacheHints } from "@kepu/subgraph";
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
 * `@inaccessible` for what only other subgraphs call (attachActivityAssets). A file's public fields
 * carry a cache hint, also when another subgraph's answer names it (an activity's cover).
 */
export const schema = withPublicCacheHints(
  builder.toSubGraphSchema({
    linkUrl: "https://specs.apollo.dev/federation/v2.6",
    federationDirectives: ["@key", "@shareable", "@external", "@extends", "@inaccessible"],
  }),
  {
    // A file's public facts. Its URLs are public only while it is publicly served; a file only its
    // unit may see answers with signed URLs, and those mark the answer uncacheable (asset.ts).
    Asset: {
      fields: [
        "id",
        "purpose",
        "status",
        "kind",
        "mime",
        "bytes",
        "width",
        "height",
        "url",
        "durationSeconds",
        "thumbnailUrl",
        "posterUrl",
      ],
    },
  },
);
