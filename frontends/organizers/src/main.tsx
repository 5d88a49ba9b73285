import { ApolloProvider, client } from "@kepu/graphql-client";
import { singleSpaLifecycles } from "@kepu/ui";
import { OrganizersApp } from "./OrganizersApp.js";

export const { bootstrap, mount, unmount } = singleSpaLifecycles("organizers", () => (
  <ApolloProvider client={client}>
    <OrganizersApp />
  </ApolloProvider>
));
