import { ApolloProvider, client } from "@kepu/graphql-client";
import { singleSpaLifecycles } from "@kepu/ui";
import { PublicApp } from "./PublicApp.js";

export const { bootstrap, mount, unmount } = singleSpaLifecycles("public", () => (
  <ApolloProvider client={client}>
    <PublicApp />
  </ApolloProvider>
));
