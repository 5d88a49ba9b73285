import { builder } from "../builder.js";

/** Other subgraphs' entities: keys only, returned as stubs `{ id }`; no call to their services. */
export const CampaignRef = builder.externalRef("Campaign", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({ id: t.exposeID("id") }),
});

export const OrgRef = builder.externalRef("Org", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({ id: t.exposeID("id") }),
});

export const ActivityRef = builder.externalRef("Activity", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({ id: t.exposeID("id") }),
});
