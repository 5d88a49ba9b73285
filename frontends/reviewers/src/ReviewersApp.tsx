import { errorMessage, useQuery } from "@kepu/graphql-client";
import { signIn, signOut, useSignedIn } from "@kepu/shared-modules/auth-session";
import { ErrorMessage, SignInForm, useLocale, useSharedStyles } from "@kepu/ui";
import { AntShell, consoleTableProps } from "@kepu/ui/ant-shell";
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { ReviewerNominationsQuery } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";

const nominationsQuery = graphql(`
  query ReviewerNominations {
    me { id displayName }
    nominations(first: 50) {
      edges { node { id kind title description org { id name } activity { id title } } }
    }
  }
`);

type Nomination = ReviewerNominationsQuery["nominations"]["edges"][number]["node"];
const kinds: Nomination["kind"][] = ["UNIT", "ACTIVITY"];

/** The reviewer app (issue 9 §7) on the consoles' antd frame: sign-in, then the nominations sent to me. */
export function ReviewersApp() {
  const { t } = useLocale();
  const signedIn = useSignedIn();
  useSharedStyles();
  return (
    <AntShell title={t("reviewers.title")} className="kepu-reviewers">
      {signedIn ? <Nominations /> : <SignInForm onSubmit={signIn} />}
    </AntShell>
  );
}

/**
 * 待评审的推荐 as an antd Table: sorted by title, filtered by kind, a page of 10 at a time; each row
 * names the nominee, the activity when there is one, and the case made for it.
 */
function Nominations() {
  const { t } = useLocale();
  const { data, loading, error, refetch } = useQuery(nominationsQuery, { fetchPolicy: "cache-and-network" });
  const rows = data?.nominations.edges.map((edge) => edge.node) ?? [];
  const columns: TableColumnsType<Nomination> = [
    {
      key: "title",
      title: t("reviewers.nomination"),
      sorter: (a, b) => a.title.localeCompare(b.title, "zh-CN"),
      filters: kinds.map((kind) => ({ text: t(`nomination.${kind}`), value: kind })),
      onFilter: (kind, row) => row.kind === kind,
      render: (_, row) => (
        <>
          <Typography.Text strong>{row.title}</Typography.Text> <Tag>{t(`nomination.${row.kind}`)}</Tag>
          <div>
            <Typography.Text type="secondary">{t("nomination.org", { name: row.org?.name ?? "—" })}</Typography.Text>
          </div>
          {row.activity ? (
            <div>
              <Typography.Text type="secondary">
                {t("nomination.activity", { title: row.activity.title })}
              </Typography.Text>
            </div>
          ) : null}
          <Typography.Paragraph style={{ margin: "4px 0 0" }}>{row.description}</Typography.Paragraph>
        </>
      ),
    },
  ];
  return (
    <section>
      <Space wrap size={4} style={{ marginBottom: 4 }}>
        {data?.me ? <span>{t("me.greeting", { name: data.me.displayName })}</span> : null}
        <Button type="link" size="small" onClick={signOut}>
          {t("signOut")}
        </Button>
      </Space>
      <Typography.Title level={2}>{t("reviewers.nominations")}</Typography.Title>
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      <Table<Nomination>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        onRow={() => ({ "data-testid": "nomination" }) as React.HTMLAttributes<HTMLElement>}
        {...consoleTableProps({ pages: 10 })}
      />
    </section>
  );
}
