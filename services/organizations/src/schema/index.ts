import { withPublicCacheHints } from "@kepu/subgraph";
import { builder } from "../builder.js";
import "./org.js";
import "./campaign.js";
import "./user.js";
import "./auth-session.js";
import "./invitation.js";
import "./membership.js";
import "./audit.js";
import "./org-admin.js";
import "./org-import.js";
import "./holders.js";
import "./sign-up.js";

/**
 * The organizations subgraph's schema, with the federation directives it uses. A unit's and an
 * edition's public fields carry a cache hint (also when another subgraph's answer names a host), so
 * public pages that show a host's name stay cacheable; anything per-viewer (contacts, members,
 * viewerCan…) or personal (User, Membership) keeps answers uncacheable (`withPublicCacheHints`).
 */
export const schema = withPublicCacheHints(
  builder.toSubGraphSchema({
    linkUrl: "https://specs.apollo.dev/federation/v2.6",
    federationDirectives: ["@key", "@shareable", "@external", "@inaccessible"],
  }),
  {
    Org: { fields: ["id", "name", "shortName", "kind", "level", "regionCode", "parent", "ancestorIds", "ancestors"] },
    Campaign: {
      fields: [
        "id",
        "name",
        "edition",
        "year",
        "theme",
        "startsOn",
        "endsOn",
        "summaryDeadline",
        "hashtags",
        "parent",
        "regionOrg",
        "approverOrg",
        "children",
        "hosts",
      ],
    },
    CampaignHost: { fields: ["role", "org"] },
  },
);
