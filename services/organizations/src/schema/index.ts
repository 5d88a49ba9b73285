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

/** The organizations subgraph's schema, with the federation directives it uses. */
export const schema = builder.toSubGraphSchema({
  linkUrl: "https://specs.apollo.dev/federation/v2.6",
  federationDirectives: ["@key", "@shareable", "@external", "@inaccessible"],
});
