import { errorMessage, gql, useQuery } from "@kepu/graphql-client";
import { signIn, signOut, useSignedIn } from "@kepu/shared-modules/session";
import { AppFrame, Empty, ErrorMessage, formatRange, Loading, SignInForm, useLocale } from "@kepu/ui";

interface MeData {
  me: {
    id: string;
    displayName: string;
    memberships: {
      roles: ("ORG_ADMIN" | "EDITOR" | "REVIEWER")[];
      org: {
        id: string;
        name: string;
        activities: {
          edges: { node: { id: string; title: string; startsAt: string; endsAt: string } }[];
        };
      };
    }[];
  } | null;
}

const meQuery = gql`
  query OrganizerHome {
    me {
      id
      displayName
      memberships {
        roles
        org {
          id
          name
          activities(first: 20) { edges { node { id title startsAt endsAt } } }
        }
      }
    }
  }
`;

export function OrganizersApp() {
  const { t } = useLocale();
  const signedIn = useSignedIn();
  return (
    <AppFrame title={t("organizers.title")}>{signedIn ? <Workspace /> : <SignInForm onSubmit={signIn} />}</AppFrame>
  );
}

function Workspace() {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery<MeData>(meQuery, { fetchPolicy: "cache-and-network" });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (!me) return <SignInForm onSubmit={signIn} />;
  const first = me.memberships[0];
  return (
    <section>
      <p>
        {t("me.greeting", { name: me.displayName })}{" "}
        <button type="button" className="kepu-link" onClick={signOut}>
          {t("signOut")}
        </button>
      </p>
      <h2>{t("me.memberships")}</h2>
      <ul data-testid="memberships">
        {me.memberships.map((m) => (
          <li key={m.org.id}>
            {m.org.name}：{m.roles.map((role) => t(`role.${role}`)).join("、")}
          </li>
        ))}
      </ul>
      {first ? (
        <>
          <h2>{t("me.activities", { org: first.org.name })}</h2>
          {first.org.activities.edges.length === 0 ? <Empty /> : null}
          {first.org.activities.edges.map(({ node }) => (
            <article className="kepu-card" key={node.id}>
              <h3>{node.title}</h3>
              <p className="kepu-muted">{formatRange(node.startsAt, node.endsAt, locale)}</p>
            </article>
          ))}
        </>
      ) : null}
    </section>
  );
}
