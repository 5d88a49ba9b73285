import { errorMessage, useQuery } from "@kepu/graphql-client";
import { signIn, signOut, useSignedIn } from "@kepu/shared-modules/auth-session";
import { ErrorMessage, Loading, SignInForm, useLocale, useSharedStyles } from "@kepu/ui";
import { AntShell } from "@kepu/ui/ant-shell";
import { Button, Menu, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { ActivitiesPage } from "./activities/ActivitiesPage.js";
import { ApprovalPage } from "./activities/ApprovalPage.js";
import { ImportActivitiesPage } from "./activities/ImportActivitiesPage.js";
import { SessionsPanel } from "./activities/SessionsPanel.js";
import { Link } from "./components/Link.js";
import { type MeData, meQuery } from "./graphql/me.js";
import { orgSummaryQuery } from "./graphql/org.js";
import { AcceptInvitationPage } from "./pages/AcceptInvitationPage.js";
import { CampaignsPage } from "./pages/CampaignsPage.js";
import { ImportPage } from "./pages/ImportPage.js";
import { MembersPage } from "./pages/MembersPage.js";
import { MyOrgPage } from "./pages/MyOrgPage.js";
import { SubtreePage } from "./pages/SubtreePage.js";
import { ReachPage } from "./reach/ReachPage.js";
import { ResourcesPage } from "./resources/ResourcesPage.js";
import { DashboardPage } from "./results/DashboardPage.js";
import { ResultsPage } from "./results/ResultsPage.js";
import { basePath, hrefFor, pages, type Route, useRoute, type WorkspacePage } from "./routes.js";
import { TrailsPage } from "./trails/TrailsPage.js";
import { ModerationPage } from "./works/ModerationPage.js";
import { WorksPage } from "./works/WorksPage.js";

export function OrganizersApp() {
  const { t } = useLocale();
  const signedIn = useSignedIn();
  const route = useRoute();
  let content: ReactNode;
  if (route.page === "invite") content = <AcceptInvitationPage token={route.token} />;
  else if (!signedIn) content = <SignInForm onSubmit={signIn} />;
  else if (route.page === "notFound")
    content = (
      <p>
        {t("organizers.notFound")} <Link href={basePath}>{t("organizers.home")}</Link>
      </p>
    );
  else content = <Workspace route={route} />;
  useSharedStyles();
  return (
    <AntShell title={t("organizers.title")} className="kepu-organizers">
      <style>{organizerStyles}</style>
      <div className="kepu-app">{content}</div>
    </AntShell>
  );
}

/** What the organizer pages share beyond antd: card titles as headings, a contact row as a framed group. */
const organizerStyles = `
.kepu-organizers .kepu-card-title { font-size: 16px; font-weight: 600; margin: 0; }
.kepu-organizers fieldset.kepu-contact-row { border: 1px solid #e5e7eb; border-radius: 6px; padding: 4px 12px 8px; margin: 0 0 12px; min-width: 0; }
.kepu-organizers fieldset.kepu-contact-row > legend { font-weight: 600; padding: 0 4px; width: auto; margin: 0; font-size: 14px; border: 0; }
`;

function Workspace({ route }: { route: Extract<Route, { orgId: string | null }> }) {
  const { t } = useLocale();
  const { data, loading, error, refetch } = useQuery(meQuery, { fetchPolicy: "cache-and-network" });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (!me) return <SignInForm onSubmit={signIn} />;
  // The current unit: the one in the URL (also a unit drilled into), else my first one.
  const orgId = route.orgId ?? me.memberships[0]?.org.id ?? null;
  return (
    <section>
      <Space wrap size={4} style={{ marginBottom: 4 }}>
        <span>{t("me.greeting", { name: me.displayName })}</span>
        <Button type="link" size="small" onClick={signOut}>
          {t("signOut")}
        </Button>
      </Space>
      {orgId ? (
        <>
          <CurrentOrg orgId={orgId} />
          <WorkspaceNav page={route.page} orgId={orgId} />
          <WorkspaceContent page={route.page} orgId={orgId} me={me} />
        </>
      ) : (
        <p>{t("me.noMemberships")}</p>
      )}
    </section>
  );
}

function CurrentOrg({ orgId }: { orgId: string }) {
  const { t } = useLocale();
  const { data } = useQuery(orgSummaryQuery, { variables: { id: orgId } });
  const org = data?.org;
  if (!org) return null;
  return (
    <Typography.Paragraph type="secondary" data-testid="current-org" style={{ marginBottom: 8 }}>
      {t("org.current")}
      {org.ancestors.map((ancestor) => `${ancestor.name} › `).join("")}
      <strong>{org.name}</strong>
    </Typography.Paragraph>
  );
}

const pageLabels: Record<WorkspacePage, Parameters<ReturnType<typeof useLocale>["t"]>[0]> = {
  org: "nav.org",
  activities: "nav.activities",
  activityReview: "nav.activityReview",
  activityImport: "nav.activityImport",
  trails: "nav.trails",
  subtree: "nav.subtree",
  members: "nav.members",
  works: "nav.works",
  moderation: "nav.moderation",
  reach: "nav.reach",
  resources: "nav.resources",
  campaigns: "nav.campaigns",
  import: "nav.import",
  results: "nav.results",
  dashboard: "nav.dashboard",
};

/** The workspace's pages as an antd menu of real links (open in a new tab works; on a phone the bar wraps onto more lines). */
function WorkspaceNav({ page, orgId }: { page: WorkspacePage; orgId: string }) {
  const { t } = useLocale();
  return (
    <nav aria-label={t("nav.workspace")}>
      <Menu
        mode="horizontal"
        // Every page a link in the bar (wrapping onto more lines on a phone), none hidden behind "…":
        // antd's overflow menu leaves its hidden links focusable (axe: aria-hidden-focus).
        disabledOverflow
        selectedKeys={[page]}
        items={pages.map((candidate) => ({
          key: candidate,
          label: (
            <Link href={hrefFor(candidate, orgId)} current={candidate === page}>
              {t(pageLabels[candidate])}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}

function WorkspaceContent({ page, orgId, me }: { page: WorkspacePage; orgId: string; me: NonNullable<MeData["me"]> }) {
  switch (page) {
    case "org":
      return <MyOrgPage orgId={orgId} memberships={me.memberships} />;
    case "activities":
      return (
        <ActivitiesPage
          orgId={orgId}
          renderSessions={(id, onChanged) => <SessionsPanel activityId={id} onChanged={onChanged} />}
        />
      );
    case "activityReview":
      return <ApprovalPage />;
    case "activityImport":
      return <ImportActivitiesPage orgId={orgId} />;
    case "trails":
      return <TrailsPage orgId={orgId} />;
    case "subtree":
      return <SubtreePage orgId={orgId} />;
    case "members":
      return <MembersPage orgId={orgId} viewerId={me.id} />;
    case "works":
      return <WorksPage orgId={orgId} />;
    case "moderation":
      return <ModerationPage />;
    case "reach":
      return <ReachPage orgId={orgId} />;
    case "resources":
      return <ResourcesPage orgId={orgId} />;
    case "campaigns":
      return <CampaignsPage />;
    case "import":
      return <ImportPage orgId={orgId} />;
    case "results":
      return <ResultsPage orgId={orgId} />;
    case "dashboard":
      return <DashboardPage orgId={orgId} />;
  }
}
