import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { Empty, ErrorMessage, FormError, formatDateTime, Loading, useLocale } from "@kepu/ui";
import { type FormEvent, useState } from "react";
import { RolePicker } from "../components/RolePicker.js";
import { useAction } from "../components/useAction.js";
import {
  auditQuery,
  type Invitation,
  inviteMemberMutation,
  type Member,
  membersQuery,
  removeMemberMutation,
  revokeInvitationMutation,
  setMemberRolesMutation,
} from "../graphql/members.js";
import type { Role } from "../graphql/types.js";
import { isEmail, optional } from "../validation.js";

/** 成员与邀请: who belongs to the unit with which roles, and who is invited. */
export function MembersPage({ orgId, viewerId }: { orgId: string; viewerId: string }) {
  const { t } = useLocale();
  const { data, loading, error, refetch } = useQuery(membersQuery, {
    variables: { orgId },
    fetchPolicy: "cache-and-network",
  });
  // Bumped on every change made here, so the change log below is read again.
  const [version, setVersion] = useState(0);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const org = data?.org;
  if (!org) return <p>{t("org.notFound")}</p>;
  if (!org.viewerCanAdminister || !org.members)
    return (
      <>
        <h2>{t("members.title", { org: org.name })}</h2>
        <p>{t("members.notAdmin")}</p>
      </>
    );
  const reload = () => {
    void refetch();
    setVersion((v) => v + 1);
  };
  return (
    <>
      <h2>{t("members.title", { org: org.name })}</h2>
      {org.members.edges.length === 0 ? <Empty /> : null}
      {org.members.edges.length > 0 ? (
        <table className="kepu-table" data-testid="members">
          <thead>
            <tr>
              <th scope="col">{t("members.name")}</th>
              <th scope="col">{t("members.email")}</th>
              <th scope="col">{t("members.roles")}</th>
              <th scope="col">{t("members.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {org.members.edges.map(({ node }) => (
              <MemberRow
                key={`${node.user.id}:${node.roles.join(",")}`}
                orgId={orgId}
                member={node}
                isViewer={node.user.id === viewerId}
                onChanged={reload}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {org.members.pageInfo.hasNextPage ? <p className="kepu-muted">{t("members.more")}</p> : null}
      <InviteForm orgId={orgId} onInvited={reload} />
      <Invitations invitations={org.invitations ?? []} onChanged={reload} />
      <AuditLog key={`${orgId}:${version}`} orgId={orgId} />
    </>
  );
}

function MemberRow({
  orgId,
  member,
  isViewer,
  onChanged,
}: {
  orgId: string;
  member: Member;
  isViewer: boolean;
  onChanged: () => void;
}) {
  const { t } = useLocale();
  const [roles, setRoles] = useState<Role[]>(member.roles);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [setMemberRoles] = useMutation(setMemberRolesMutation);
  const [removeMember] = useMutation(removeMemberMutation);
  const action = useAction();
  const changed = roles.join(",") !== member.roles.join(",");
  const name = member.user.displayName;

  const save = async () => {
    if (roles.length === 0) return action.setError(t("members.needRole"));
    if (await action.run(() => setMemberRoles({ variables: { orgId, userId: member.user.id, roles } }))) onChanged();
  };
  const remove = async () => {
    if (await action.run(() => removeMember({ variables: { orgId, userId: member.user.id } }))) onChanged();
  };

  return (
    <tr data-testid="member">
      <td data-testid="member-name">
        {name}
        {isViewer ? <span className="kepu-tag">{t("members.you")}</span> : null}
      </td>
      <td data-label={t("members.email")}>{member.user.email ?? "—"}</td>
      <td>
        <RolePicker
          legend={t("members.rolesOf", { name })}
          name={`roles-${member.user.id}`}
          value={roles}
          onChange={setRoles}
        />
      </td>
      <td>
        <button type="button" className="kepu-button" disabled={!changed || action.busy} onClick={() => void save()}>
          {t("members.saveRoles")}
        </button>{" "}
        {confirmRemove ? (
          <>
            <button
              type="button"
              className="kepu-button kepu-danger"
              disabled={action.busy}
              onClick={() => void remove()}
            >
              {t("members.confirmRemove", { name })}
            </button>{" "}
            <button type="button" className="kepu-link" onClick={() => setConfirmRemove(false)}>
              {t("action.cancel")}
            </button>
          </>
        ) : (
          <button type="button" className="kepu-link" onClick={() => setConfirmRemove(true)}>
            {t("members.remove", { name })}
          </button>
        )}
        <FormError message={action.error} />
      </td>
    </tr>
  );
}

function InviteForm({ orgId, onInvited }: { orgId: string; onInvited: () => void }) {
  const { t } = useLocale();
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<Role[]>(["EDITOR"]);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [inviteMember] = useMutation(inviteMemberMutation);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLink(null);
    setCopied(false);
    if (email.trim() && !isEmail(email)) return setInvalid(t("form.email"));
    if (roles.length === 0) return setInvalid(t("members.needRole"));
    setInvalid(null);
    const result = await action.run(() =>
      inviteMember({ variables: { input: { orgId, email: optional(email) ?? null, roles } } }),
    );
    if (result?.data) {
      setLink(new URL(result.data.inviteMember.link, window.location.origin).href);
      setEmail("");
      onInvited();
    }
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (insecure page, permission): the link stays selectable in the box.
      setCopied(false);
    }
  };

  return (
    <form className="kepu-form kepu-card" onSubmit={submit} aria-label={t("invite.title")} noValidate>
      <h3>{t("invite.title")}</h3>
      <label>
        {t("invite.email")}
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      </label>
      <p className="kepu-muted">{t("invite.emailHint")}</p>
      <RolePicker legend={t("invite.roles")} name="invite-roles" value={roles} onChange={setRoles} />
      <FormError message={invalid ?? action.error} />
      <button className="kepu-button" type="submit" disabled={action.busy}>
        {action.busy ? t("form.saving") : t("invite.submit")}
      </button>
      {link ? (
        <div className="kepu-notice" role="status">
          <label>
            {t("invite.link")}
            <input data-testid="invite-link" readOnly value={link} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" className="kepu-button" onClick={() => void copy()}>
            {copied ? t("invite.copied") : t("invite.copy")}
          </button>
          <p className="kepu-muted">{t("invite.linkOnce")}</p>
        </div>
      ) : null}
    </form>
  );
}

function Invitations({ invitations, onChanged }: { invitations: Invitation[]; onChanged: () => void }) {
  const { t, locale } = useLocale();
  const [revokeInvitation] = useMutation(revokeInvitationMutation);
  const action = useAction();
  const revoke = async (id: string) => {
    if (await action.run(() => revokeInvitation({ variables: { id } }))) onChanged();
  };
  return (
    <section aria-label={t("invitations.title")}>
      <h3>{t("invitations.title")}</h3>
      <FormError message={action.error} />
      {invitations.length === 0 ? <Empty /> : null}
      {invitations.length > 0 ? (
        <table className="kepu-table" data-testid="invitations">
          <thead>
            <tr>
              <th scope="col">{t("invitations.to")}</th>
              <th scope="col">{t("members.roles")}</th>
              <th scope="col">{t("invitations.created")}</th>
              <th scope="col">{t("invitations.expires")}</th>
              <th scope="col">{t("members.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => {
              const to = invitation.email ?? t("invitations.byLink");
              return (
                <tr key={invitation.id} data-testid="invitation">
                  <td>{to}</td>
                  <td data-label={t("members.roles")}>
                    {invitation.roles.map((role) => t(`role.${role}`)).join("、")}
                  </td>
                  <td data-label={t("invitations.created")}>{formatDateTime(invitation.createdAt, locale)}</td>
                  <td data-label={t("invitations.expires")}>{formatDateTime(invitation.expiresAt, locale)}</td>
                  <td>
                    <button
                      type="button"
                      className="kepu-link"
                      disabled={action.busy}
                      onClick={() => void revoke(invitation.id)}
                    >
                      {t("invitations.revoke", { to })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** 变更记录: the latest membership, role, invitation and unit changes (the audit log). */
function AuditLog({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const { data, error } = useQuery(auditQuery, { variables: { orgId }, fetchPolicy: "cache-and-network" });
  if (error) return <ErrorMessage message={errorMessage(error)} />;
  const events = data?.org?.auditEvents?.edges.map((e) => e.node);
  if (!events) return null;
  return (
    <section>
      <h3>{t("audit.title")}</h3>
      {events.length === 0 ? <Empty /> : null}
      <ul data-testid="audit-log">
        {events.map((event) => (
          <li key={event.id}>
            <span className="kepu-muted">{formatDateTime(event.at, locale)}</span> {t(`audit.action.${event.action}`)}
            {event.actor ? ` · ${t("audit.by", { name: event.actor.displayName })}` : ""}
            {event.subjectUser ? ` · ${t("audit.subject", { name: event.subjectUser.displayName })}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
