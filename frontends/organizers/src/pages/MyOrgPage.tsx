import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { Empty, ErrorMessage, formatBytes, formatRange, Loading, useLocale } from "@kepu/ui";
import { type FormEvent, useState } from "react";
import { EnumSelect, FormFooter } from "../components/FormControls.js";
import { Link } from "../components/Link.js";
import { OrgPicker } from "../components/OrgPicker.js";
import { useAction } from "../components/useAction.js";
import {
  type Contact,
  moveOrgMutation,
  type OrgDetails,
  orgDetailsQuery,
  setOrgContactsMutation,
  storageUsageQuery,
  type UpdateOrgInput,
  updateOrgMutation,
} from "../graphql/org.js";
import { type OrgKind, type OrgName, orgKinds, type Role } from "../graphql/types.js";
import { hrefFor } from "../routes.js";
import { isEmail, isRegionCode, optional } from "../validation.js";

/** 我的单位: pick one of my units, see it, and edit it when I administer it. */
export function MyOrgPage({
  orgId,
  memberships,
}: {
  orgId: string;
  memberships: { roles: Role[]; org: { id: string; name: string } }[];
}) {
  const { t } = useLocale();
  return (
    <>
      <h2>{t("me.memberships")}</h2>
      <ul data-testid="memberships">
        {memberships.map((m) => (
          <li key={m.org.id}>
            <Link href={hrefFor("org", m.org.id)} current={m.org.id === orgId}>
              {m.org.name}
            </Link>
            ：{m.roles.map((role) => t(`role.${role}`)).join("、")}
          </li>
        ))}
      </ul>
      <OrgDetailsSection orgId={orgId} />
    </>
  );
}

function OrgDetailsSection({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(orgDetailsQuery, { variables: { id: orgId } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const org = data?.org;
  if (!org) return <p>{t("org.notFound")}</p>;
  return (
    <>
      <h2>{org.name}</h2>
      <dl className="kepu-facts" data-testid="org-details">
        <dt>{t("org.shortName")}</dt>
        <dd>{org.shortName ?? "—"}</dd>
        <dt>{t("org.kind")}</dt>
        <dd>{t(`kind.${org.kind}`)}</dd>
        <dt>{t("org.level")}</dt>
        <dd>{t(`level.${org.level}`)}</dd>
        <dt>{t("org.regionCode")}</dt>
        <dd>{org.regionCode ?? "—"}</dd>
        <dt>{t("org.ancestors")}</dt>
        <dd>
          {org.ancestors.length === 0
            ? "—"
            : org.ancestors.map((ancestor, index) => (
                <span key={ancestor.id}>
                  {index > 0 ? " › " : null}
                  <Link href={hrefFor("org", ancestor.id)}>{ancestor.name}</Link>
                </span>
              ))}
        </dd>
        <dt>{t("org.address")}</dt>
        <dd>{org.address ?? (org.contacts === null ? t("org.hidden") : "—")}</dd>
        <dt>{t("org.storage")}</dt>
        <dd data-testid="org-storage">
          <StorageUsage orgId={org.id} />
        </dd>
        <dt>{t("org.contacts")}</dt>
        <dd>
          {org.contacts === null ? (
            t("org.hidden")
          ) : org.contacts.length === 0 ? (
            "—"
          ) : (
            <ul>
              {org.contacts.map((contact) => (
                <li key={[contact.name, contact.title, contact.phone, contact.email].join("|")}>
                  {[contact.name, contact.title, contact.phone, contact.email].filter(Boolean).join(" · ")}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {org.viewerCanAdminister ? (
        <>
          <EditOrgForm key={`org-${org.id}`} org={org} />
          <ContactsForm key={`contacts-${org.id}`} org={org} />
          {org.ancestors.length > 0 ? (
            <MoveOrgForm key={`move-${org.id}`} org={org} onMoved={() => void refetch()} />
          ) : null}
        </>
      ) : null}
      <h2>{t("me.activities", { org: org.name })}</h2>
      {org.activities.edges.length === 0 ? <Empty /> : null}
      {org.activities.edges.map(({ node }) => (
        <article className="kepu-card" key={node.id}>
          <h3>{node.title}</h3>
          <p className="kepu-muted">{formatRange(node.startsAt, node.endsAt, locale)}</p>
        </article>
      ))}
    </>
  );
}

/** 存储空间: what the unit's files take of its quota; "无权查看" for those who may not see it. */
function StorageUsage({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const { data, error } = useQuery(storageUsageQuery, { variables: { orgId }, errorPolicy: "all" });
  if (error && !data?.storageUsage) return <>{t("org.hidden")}</>;
  if (!data?.storageUsage) return <>…</>;
  const { usedBytes, quotaBytes } = data.storageUsage;
  const share = quotaBytes > 0 ? Math.min(100, (usedBytes / quotaBytes) * 100) : 0;
  return (
    <>
      {t("org.storageUsed", { used: formatBytes(usedBytes, locale), quota: formatBytes(quotaBytes, locale) })}
      <progress
        max={100}
        value={share}
        aria-label={t("org.storage")}
        style={{ marginInlineStart: "0.5em", verticalAlign: "middle", maxWidth: "40%" }}
      />
    </>
  );
}

function EditOrgForm({ org }: { org: OrgDetails }) {
  const { t } = useLocale();
  const [name, setName] = useState(org.name);
  const [shortName, setShortName] = useState(org.shortName ?? "");
  const [kind, setKind] = useState<OrgKind>(org.kind);
  const [regionCode, setRegionCode] = useState(org.regionCode ?? "");
  const [address, setAddress] = useState(org.address ?? "");
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [updateOrg] = useMutation(updateOrgMutation);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!name.trim()) return setInvalid(t("form.required", { field: t("org.name") }));
    if (regionCode.trim() && !isRegionCode(regionCode)) return setInvalid(t("form.regionCode"));
    setInvalid(null);
    // Only what changed ("omitted fields stay"): an empty optional field that was empty is not sent.
    const input: UpdateOrgInput = {};
    if (name.trim() !== org.name) input.name = name.trim();
    if (shortName.trim() !== (org.shortName ?? "")) input.shortName = shortName.trim();
    if (kind !== org.kind) input.kind = kind;
    if (regionCode.trim() !== (org.regionCode ?? "")) input.regionCode = regionCode.trim();
    if (org.contacts !== null && address.trim() !== (org.address ?? "")) input.address = address.trim();
    if (Object.keys(input).length === 0) return setSaved(true);
    const done = await action.run(() => updateOrg({ variables: { id: org.id, input } }));
    if (done) setSaved(true);
  };

  return (
    <form className="kepu-form kepu-card" onSubmit={submit} aria-label={t("org.edit")} noValidate>
      <h3>{t("org.edit")}</h3>
      <label>
        {t("org.name")}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        {t("org.shortName")}
        <input value={shortName} onChange={(e) => setShortName(e.target.value)} />
      </label>
      <EnumSelect
        label={t("org.kind")}
        value={kind}
        options={orgKinds}
        optionLabel={(k) => t(`kind.${k}`)}
        onChange={(k) => k && setKind(k)}
      />
      <label>
        {t("org.regionCode")}
        <input value={regionCode} onChange={(e) => setRegionCode(e.target.value)} inputMode="numeric" />
      </label>
      {org.contacts !== null ? (
        <label>
          {t("org.address")}
          <input value={address} onChange={(e) => setAddress(e.target.value)} />
        </label>
      ) : null}
      <FormFooter
        error={invalid ?? action.error}
        notice={saved ? t("form.saved") : null}
        busy={action.busy}
        submitLabel={t("form.save")}
      />
    </form>
  );
}

interface ContactDraft {
  name: string;
  title: string;
  phone: string;
  email: string;
}

const toDraft = (contact: Contact): ContactDraft => ({
  name: contact.name,
  title: contact.title ?? "",
  phone: contact.phone ?? "",
  email: contact.email ?? "",
});

function ContactsForm({ org }: { org: OrgDetails }) {
  const { t } = useLocale();
  const [contacts, setContacts] = useState<ContactDraft[]>((org.contacts ?? []).map(toDraft));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [setOrgContacts] = useMutation(setOrgContactsMutation);
  const action = useAction();
  if (org.contacts === null) return null;

  const change = (index: number, field: keyof ContactDraft, value: string) =>
    setContacts((all) => all.map((c, i) => (i === index ? { ...c, [field]: value } : c)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const missing = contacts.findIndex((c) => !c.name.trim());
    if (missing >= 0) return setInvalid(t("contacts.nameRequired", { n: missing + 1 }));
    const badEmail = contacts.findIndex((c) => c.email.trim() && !isEmail(c.email));
    if (badEmail >= 0) return setInvalid(t("contacts.badEmail", { n: badEmail + 1 }));
    setInvalid(null);
    const done = await action.run(() =>
      setOrgContacts({
        variables: {
          orgId: org.id,
          contacts: contacts.map((c) => ({
            name: c.name.trim(),
            title: optional(c.title) ?? null,
            phone: optional(c.phone) ?? null,
            email: optional(c.email) ?? null,
          })),
        },
      }),
    );
    if (done) setSaved(true);
  };

  return (
    <form className="kepu-form kepu-card" onSubmit={submit} aria-label={t("contacts.edit")} noValidate>
      <h3>{t("contacts.edit")}</h3>
      {contacts.length === 0 ? <p className="kepu-muted">{t("contacts.none")}</p> : null}
      {contacts.map((contact, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <fieldset className="kepu-fieldset kepu-row" key={index}>
          <legend>{t("contacts.n", { n: index + 1 })}</legend>
          <label>
            {t("contacts.name")}
            <input value={contact.name} onChange={(e) => change(index, "name", e.target.value)} required />
          </label>
          <label>
            {t("contacts.title")}
            <input value={contact.title} onChange={(e) => change(index, "title", e.target.value)} />
          </label>
          <label>
            {t("contacts.phone")}
            <input type="tel" value={contact.phone} onChange={(e) => change(index, "phone", e.target.value)} />
          </label>
          <label>
            {t("contacts.email")}
            <input type="email" value={contact.email} onChange={(e) => change(index, "email", e.target.value)} />
          </label>
          <button
            type="button"
            className="kepu-link"
            onClick={() => setContacts((all) => all.filter((_, i) => i !== index))}
          >
            {t("contacts.remove", { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="kepu-link"
          onClick={() => setContacts((all) => [...all, { name: "", title: "", phone: "", email: "" }])}
        >
          {t("contacts.add")}
        </button>
      </p>
      <FormFooter
        error={invalid ?? action.error}
        notice={saved ? t("form.saved") : null}
        busy={action.busy}
        submitLabel={t("contacts.save")}
      />
    </form>
  );
}

/**
 * 调整上级单位: moves the unit, with everything below it, under another parent. The server checks
 * that the viewer administers both places; this form only picks the new parent and confirms.
 */
function MoveOrgForm({ org, onMoved }: { org: OrgDetails; onMoved: () => void }) {
  const { t } = useLocale();
  const [target, setTarget] = useState<OrgName | null>(null);
  const [moved, setMoved] = useState(false);
  const [moveOrg] = useMutation(moveOrgMutation);
  const action = useAction();
  const parentId = org.ancestors.at(-1)?.id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const done = await action.run(() => moveOrg({ variables: { id: org.id, newParentId: target.id } }));
    if (done) {
      setMoved(true);
      setTarget(null);
      onMoved();
    }
  };

  return (
    <form className="kepu-form kepu-card" onSubmit={submit} aria-label={t("org.move")} noValidate>
      <h3>{t("org.move")}</h3>
      <p className="kepu-muted">{t("org.moveHint")}</p>
      <OrgPicker
        label={t("org.moveTo")}
        onPick={(picked) => {
          setMoved(false);
          setTarget(picked);
        }}
        exclude={[org.id, ...(parentId ? [parentId] : [])]}
      />
      {target ? <p data-testid="move-target">{t("org.moveConfirm", { org: org.name, parent: target.name })}</p> : null}
      <FormFooter
        error={action.error}
        notice={moved ? t("org.moved") : null}
        busy={action.busy}
        submitLabel={t("org.moveSubmit")}
        disabled={!target}
      />
    </form>
  );
}
