import { errorMessage, useQuery } from "@kepu/graphql-client";
import { signIn, signOut, useSignedIn } from "@kepu/shared-modules/auth-session";
import { AppFrame, Empty, ErrorMessage, Loading, SignInForm, useLocale } from "@kepu/ui";
import { graphql } from "./generated/index.js";

const nominationsQuery = graphql(`
  query ReviewerNominations {
    me { id displayName }
    nominations(first: 50) {
      edges { node { id kind title description org { id name } activity { id title } } }
    }
  }
`);

export function ReviewersApp() {
  const { t } = useLocale();
  const signedIn = useSignedIn();
  return (
    <AppFrame title={t("reviewers.title")}>{signedIn ? <Nominations /> : <SignInForm onSubmit={signIn} />}</AppFrame>
  );
}

function Nominations() {
  const { t } = useLocale();
  const { data, loading, error, refetch } = useQuery(nominationsQuery, {
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const edges = data?.nominations.edges ?? [];
  return (
    <section>
      <p>
        {data?.me ? `${t("me.greeting", { name: data.me.displayName })} ` : null}
        <button type="button" className="kepu-link" onClick={signOut}>
          {t("signOut")}
        </button>
      </p>
      <h2>{t("reviewers.nominations")}</h2>
      {edges.length === 0 ? <Empty /> : null}
      {edges.map(({ node }) => (
        <article className="kepu-card" key={node.id} data-testid="nomination">
          <h3>{node.title}</h3>
          <span className="kepu-tag">{t(`nomination.${node.kind}`)}</span>
          <p className="kepu-muted">{t("nomination.org", { name: node.org?.name ?? "—" })}</p>
          {node.activity ? (
            <p className="kepu-muted">{t("nomination.activity", { title: node.activity.title })}</p>
          ) : null}
          <p>{node.description}</p>
        </article>
      ))}
    </section>
  );
}
