import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { fromShanghaiWallClock, toShanghaiWallClock } from "@kepu/time";
import { Empty, ErrorMessage, formatDateTime, formatDay, Loading, useLocale } from "@kepu/ui";
import { type FormEvent, useState } from "react";
import { FormFooter } from "../components/FormControls.js";
import { OrgPicker } from "../components/OrgPicker.js";
import { useAction } from "../components/useAction.js";
import {
  type Campaign,
  campaignsQuery,
  setCampaignHostsMutation,
  type UpdateCampaignInput,
  updateCampaignMutation,
} from "../graphql/campaigns.js";
import { type CampaignHostRole, campaignHostRoles, type OrgName } from "../graphql/types.js";

/** 科普日届次设置 (campaign set-up): the editions I may set up (window, theme, deadline, approver, co-hosts). */
export function CampaignsPage() {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(campaignsQuery, {
    fetchPolicy: "cache-and-network",
  });
  const [openId, setOpenId] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const campaigns = (data?.campaigns.edges ?? []).map((edge) => edge.node);
  const open = campaigns.find((c) => c.id === openId && c.viewerCanManage) ?? null;
  return (
    <>
      <h2>{t("campaigns.title")}</h2>
      {campaigns.length === 0 ? <Empty /> : null}
      {campaigns.map((campaign) => (
        <article className="kepu-card" key={campaign.id} data-testid="campaign">
          <h3>{campaign.name}</h3>
          <p className="kepu-muted">
            {t("campaign.theme", { theme: campaign.theme })}
            <br />
            {t("campaign.window", {
              from: formatDay(campaign.startsOn, locale),
              to: formatDay(campaign.endsOn, locale),
            })}
            {campaign.summaryDeadline ? (
              <>
                <br />
                {t("campaigns.summaryDeadlineIs", { at: formatDateTime(campaign.summaryDeadline, locale) })}
              </>
            ) : null}
            {campaign.approverOrg ? (
              <>
                <br />
                {t("campaigns.approverIs", { name: campaign.approverOrg.name })}
              </>
            ) : null}
          </p>
          {campaign.hosts.length > 0 ? (
            <p>
              {campaign.hosts.map((host) => (
                <span key={`${host.org.id}-${host.role}`} className="kepu-tag">
                  {t(`hostRole.${host.role}`)}：{host.org.name}
                </span>
              ))}
            </p>
          ) : null}
          {campaign.viewerCanManage ? (
            <button
              type="button"
              className="kepu-link"
              aria-expanded={openId === campaign.id}
              onClick={() => setOpenId(openId === campaign.id ? null : campaign.id)}
            >
              {openId === campaign.id ? t("campaigns.close") : t("campaigns.setUp", { name: campaign.name })}
            </button>
          ) : null}
          {open?.id === campaign.id ? (
            <>
              <CampaignForm key={`form-${campaign.id}`} campaign={campaign} />
              <HostsForm key={`hosts-${campaign.id}`} campaign={campaign} />
            </>
          ) : null}
        </article>
      ))}
    </>
  );
}

function CampaignForm({ campaign }: { campaign: Campaign }) {
  const { t } = useLocale();
  const [theme, setTheme] = useState(campaign.theme);
  const [startsOn, setStartsOn] = useState(campaign.startsOn);
  const [endsOn, setEndsOn] = useState(campaign.endsOn);
  const [deadline, setDeadline] = useState(
    campaign.summaryDeadline ? toShanghaiWallClock(campaign.summaryDeadline) : "",
  );
  const [approver, setApprover] = useState<OrgName | null>(campaign.approverOrg);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [updateCampaign] = useMutation(updateCampaignMutation);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!startsOn || !endsOn) return setInvalid(t("form.required", { field: t("campaigns.window") }));
    if (endsOn < startsOn) return setInvalid(t("campaigns.endsBeforeStart"));
    if (!campaign.parent && !theme.trim()) return setInvalid(t("form.required", { field: t("campaigns.theme") }));
    setInvalid(null);
    // Only what changed: an untouched regional theme stays inherited, an untouched deadline stays.
    const initialDeadline = campaign.summaryDeadline ? toShanghaiWallClock(campaign.summaryDeadline) : "";
    const input: UpdateCampaignInput = {};
    if (theme.trim() !== campaign.theme) input.theme = theme.trim();
    if (startsOn !== campaign.startsOn) input.startsOn = startsOn;
    if (endsOn !== campaign.endsOn) input.endsOn = endsOn;
    // Null clears, as the graph documents.
    if (deadline !== initialDeadline) input.summaryDeadline = deadline ? fromShanghaiWallClock(deadline) : null;
    if ((approver?.id ?? null) !== (campaign.approverOrg?.id ?? null)) input.approverOrgId = approver?.id ?? "";
    const done = await action.run(() => updateCampaign({ variables: { id: campaign.id, input } }));
    if (done) setSaved(true);
  };

  return (
    <form
      className="kepu-form"
      onSubmit={submit}
      aria-label={t("campaigns.settings", { name: campaign.name })}
      noValidate
    >
      <h4>{t("campaigns.settings", { name: campaign.name })}</h4>
      <label>
        {t("campaigns.theme")}
        <input value={theme} onChange={(e) => setTheme(e.target.value)} />
      </label>
      {campaign.parent ? <p className="kepu-muted">{t("campaigns.inheritTheme")}</p> : null}
      <label>
        {t("campaigns.startsOn")}
        <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
      </label>
      <label>
        {t("campaigns.endsOn")}
        <input type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} required />
      </label>
      <label>
        {t("campaigns.summaryDeadline")}
        <input type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </label>
      <p className="kepu-muted">{t("campaigns.shanghaiTime")}</p>
      <div>
        {t("campaigns.approver")}：{approver ? approver.name : t("campaigns.noApprover")}{" "}
        {approver ? (
          <button type="button" className="kepu-link" onClick={() => setApprover(null)}>
            {t("campaigns.clearApprover")}
          </button>
        ) : null}
        <OrgPicker label={t("campaigns.pickApprover")} onPick={setApprover} />
      </div>
      <FormFooter
        error={invalid ?? action.error}
        notice={saved ? t("form.saved") : null}
        busy={action.busy}
        submitLabel={t("form.save")}
      />
    </form>
  );
}

interface HostDraft {
  org: OrgName;
  role: CampaignHostRole;
}

function HostsForm({ campaign }: { campaign: Campaign }) {
  const { t } = useLocale();
  const [hosts, setHosts] = useState<HostDraft[]>(campaign.hosts.map((h) => ({ org: h.org, role: h.role })));
  const [saved, setSaved] = useState(false);
  const [setCampaignHosts] = useMutation(setCampaignHostsMutation);
  const action = useAction();

  const move = (index: number, by: number) =>
    setHosts((all) => {
      const next = [...all];
      const [host] = next.splice(index, 1);
      if (host) next.splice(index + by, 0, host);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const done = await action.run(() =>
      setCampaignHosts({
        variables: { campaignId: campaign.id, hosts: hosts.map((h) => ({ orgId: h.org.id, role: h.role })) },
      }),
    );
    if (done) setSaved(true);
  };

  return (
    <form className="kepu-form" onSubmit={submit} aria-label={t("campaigns.hosts", { name: campaign.name })}>
      <h4>{t("campaigns.hosts", { name: campaign.name })}</h4>
      {hosts.length === 0 ? <p className="kepu-muted">{t("campaigns.noHosts")}</p> : null}
      <ol>
        {hosts.map((host, index) => (
          <li key={host.org.id}>
            {host.org.name}{" "}
            <label className="kepu-inline">
              <span className="kepu-visually-hidden">{t("campaigns.hostRoleOf", { name: host.org.name })}</span>
              <select
                value={host.role}
                onChange={(e) =>
                  setHosts((all) =>
                    all.map((h, i) => (i === index ? { ...h, role: e.target.value as CampaignHostRole } : h)),
                  )
                }
              >
                {campaignHostRoles.map((role) => (
                  <option key={role} value={role}>
                    {t(`hostRole.${role}`)}
                  </option>
                ))}
              </select>
            </label>{" "}
            <button type="button" className="kepu-link" disabled={index === 0} onClick={() => move(index, -1)}>
              {t("campaigns.up", { name: host.org.name })}
            </button>{" "}
            <button
              type="button"
              className="kepu-link"
              disabled={index === hosts.length - 1}
              onClick={() => move(index, 1)}
            >
              {t("campaigns.down", { name: host.org.name })}
            </button>{" "}
            <button
              type="button"
              className="kepu-link"
              onClick={() => setHosts((all) => all.filter((_, i) => i !== index))}
            >
              {t("campaigns.removeHost", { name: host.org.name })}
            </button>
          </li>
        ))}
      </ol>
      <OrgPicker
        label={t("campaigns.addHost")}
        exclude={hosts.map((h) => h.org.id)}
        onPick={(org) => setHosts((all) => [...all, { org, role: all.length === 0 ? "LEAD" : "CO_HOST" }])}
      />
      <FormFooter
        error={action.error}
        notice={saved ? t("form.saved") : null}
        busy={action.busy}
        submitLabel={t("campaigns.saveHosts")}
      />
    </form>
  );
}
