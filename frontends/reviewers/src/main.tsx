import { ApolloProvider, client } from "@kepu/graphql-client";
import { singleSpaLifecycles } from "@kepu/ui";
import { ReviewersApp } from "./ReviewersApp.js";

export const { bootstrap, mount, unmount } = singleSpaLifecycles("reviewers", () => (
  <ApolloProvider client={client}>
    <ReviewersApp />
  </ApolloProvider>
));
