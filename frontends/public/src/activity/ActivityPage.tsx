import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { useSignedIn } from "@kepu/shared-modules/auth-session";
import { AppFrame, ErrorMessage, FormError, formatRange, Loading, useLocale } from "@kepu/ui";
import { type FormEvent, useEffect, useState } from "react";
import { AppLink } from "../works/AppLink.js";
import { eventJsonLd, scriptSafeJson, serverEventMarkupId } from "./json-ld.js";
import {
  activityPageQuery,
  cancelMutation,
  myRegistrationsQuery,
  type PublicActivity,
  type PublicSession,
  registerMutation,
} from "./queries.js";
import { useActivityStyles } from "./styles.js";

/**
 * An activity's page at /activities/<id> (issue 9 §8): content, host, place as one static line (no
 * map library here), sessions with places left and a register / cancel button (sign-in first when
 * anonymous; the waitlist position once waiting), works, results, a calendar file, and schema.org
 * Event markup. Mobile-first, no UI kit.
 */
export function ActivityPage({ id }: { id: string }) {
  useActivityStyles();
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(activityPageQuery, { variables: { id } });
  if (loading && !data)
    return (
      <AppFrame title={t("nav.public")}>
        <Loading />
      </AppFrame>
    );
  if (error)
    return (
      <AppFrame title={t("nav.public")}>
        <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />
      </AppFrame>
    );
  const activity = data?.activity;
  if (!activity)
    return (
      <AppFrame title={t("notFound.title")}>
        <p data-testid="activity-not-found">{t("act.notFound")}</p>
        <AppLink href="/">{t("notFound.home")}</AppLink>
      </AppFrame>
    );
  const place = [activity.venue, activity.address].filter(Boolean).join(" · ");
  return (
    <AppFrame title={activity.title}>
      <EventMarkup activity={activity} />
      <article className="kepu-activity" data-testid="activity-page">
        <p className="kepu-muted">
          {locale === "en" ? activity.category.nameEn : activity.category.nameZh}
          {activity.programme ? ` · ${activity.programme}` : ""}
        </p>
        {activity.status === "CANCELLED" ? (
          <p className="kepu-error" role="alert">
            {t("act.cancelled", { reason: activity.cancelReason ?? "" })}
          </p>
        ) : null}
        <dl className="kepu-facts">
          <dt>{t("act.when")}</dt>
          <dd>{formatRange(activity.startsAt, activity.endsAt, locale)}</dd>
          {place ? (
            <>
              <dt>{t("act.where")}</dt>
              <dd data-testid="activity-place">{place}</dd>
            </>
          ) : null}
          {activity.livestreamUrl ? (
            <>
              <dt>{t("act.online")}</dt>
              <dd>
                <a href={activity.livestreamUrl} rel="noopener noreferrer">
                  {activity.livestreamUrl}
                </a>
              </dd>
            </>
          ) : null}
          {activity.host ? (
            <>
              <dt>{t("act.host")}</dt>
              <dd>{activity.host.name}</dd>
            </>
          ) : null}
          {activity.coHosts.length ? (
            <>
              <dt>{t("act.coHosts")}</dt>
              <dd>{activity.coHosts.map((org) => org.name).join("、")}</dd>
            </>
          ) : null}
        </dl>
        <p className="kepu-activity-summary">{activity.summary}</p>
        <Sessions activity={activity} />
        <p>
          <a href={`/ical/activities/${encodeURIComponent(activity.id)}.ics`} data-testid="activity-ics">
            {t("act.calendar")}
          </a>
        </p>
        <TrailStops activity={activity} />
        {activity.works.length ? (
          <section>
            <h2>{t("act.works")}</h2>
            <ul>
              {activity.works.map((work) => (
                <li key={work.id}>
                  <AppLink href={`/works/${work.id}`}>{work.title}</AppLink>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {activity.results ? (
          <section data-testid="activity-results">
            <h2>{t("act.results")}</h2>
            <p>
              {t("act.resultsFigures", {
                sessions: activity.results.sessionsHeld,
                people: activity.results.peopleServed,
              })}
            </p>
            {activity.results.summary ? <p>{activity.results.summary}</p> : null}
            <ul>
              {activity.results.newsLinks.map((link) => (
                <li key={link}>
                  <a href={link} rel="noopener noreferrer">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </AppFrame>
  );
}

/** The check-in trails this activity is a stop of, and the way to every trail of the campaign. */
function TrailStops({ activity }: { activity: PublicActivity }) {
  const { t } = useLocale();
  const trails = activity.trailStops.edges.flatMap(({ node }) => (node.trail ? [node.trail] : []));
  if (trails.length === 0) return null;
  return (
    <section data-testid="activity-trails">
      <h2>{t("act.trails")}</h2>
      <ul className="kepu-trail-links">
        {trails.map((trail) => (
          <li key={trail.id}>
            <AppLink href={`/trails/${trail.id}`}>{t("act.trailStop", { trail: trail.title })}</AppLink>
          </li>
        ))}
        <li>
          <AppLink href="/trails">{t("act.allTrails")}</AppLink>
        </li>
      </ul>
    </section>
  );
}

/**
 * schema.org Event JSON-LD. The web server already put this activity's in the head (so it is there
 * before any script); the page adds its own only after navigating here in the app, and takes the
 * server's away once it shows another activity or leaves, so the DOM holds one Event at most.
 */
function EventMarkup({ activity }: { activity: PublicActivity }) {
  const fromServer = document.getElementById(serverEventMarkupId);
  const servedHere = fromServer?.dataset.activityId === activity.id;
  useEffect(() => {
    if (fromServer && !servedHere) fromServer.remove();
    return () => {
      if (servedHere) fromServer?.remove();
    };
  }, [fromServer, servedHere]);
  if (servedHere) return null;
  const json = scriptSafeJson(
    eventJsonLd(
      { ...activity, hostName: activity.host?.name ?? null, coverUrl: activity.cover?.url ?? null },
      window.location.origin,
    ),
  );
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with every "<" escaped (scriptSafeJson), not markup.
  return <script type="application/ld+json" data-testid="event-json-ld" dangerouslySetInnerHTML={{ __html: json }} />;
}

function Sessions({ activity }: { activity: PublicActivity }) {
  const { t } = useLocale();
  const signedIn = useSignedIn();
  const mine = useQuery(myRegistrationsQuery, { skip: !signedIn, fetchPolicy: "cache-and-network" });
  const bySession = new Map(
    (mine.data?.myRegistrations.edges ?? []).map((edge) => [edge.node.session.id, edge.node] as const),
  );
  return (
    <section>
      <h2>{t("act.sessions")}</h2>
      <ul className="kepu-sessions">
        {activity.sessions.map((session) => (
          <li key={session.id} className="kepu-card" data-testid="session">
            <SessionRow
              session={session}
              signedIn={signedIn}
              registration={bySession.get(session.id) ?? null}
              onChange={() => void mine.refetch()}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SessionRow({
  session,
  signedIn,
  registration,
  onChange,
}: {
  session: PublicSession;
  signedIn: boolean;
  registration: { id: string; status: string; waitlistPosition?: number | null } | null;
  onChange: () => void;
}) {
  const { t, locale } = useLocale();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [register, registering] = useMutation(registerMutation, { refetchQueries: ["PublicActivityPage"] });
  const [cancel, cancelling] = useMutation(cancelMutation, { refetchQueries: ["PublicActivityPage"] });
  const full = session.placesLeft === 0;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await register({ variables: { sessionId: session.id, contact: { name, phone: phone || null } } });
      onChange();
    } catch (failure) {
      setProblem(errorMessage(failure));
    }
  };
  const here = `${window.location.pathname}${window.location.search}`;
  return (
    <>
      <p>
        <strong>{formatRange(session.startsAt, session.endsAt, locale)}</strong>
      </p>
      {session.cancelled ? (
        <p className="kepu-error">{t("act.sessionCancelled")}</p>
      ) : !session.registrationRequired ? (
        <p className="kepu-muted">{t("act.noRegistration")}</p>
      ) : (
        <>
          <p data-testid="session-places">
            {full
              ? t("act.full", { waiting: session.waitlistCount })
              : t("act.places", { left: session.placesLeft ?? 0, capacity: session.capacity ?? 0 })}
          </p>
          {registration && registration.status !== "CANCELLED" ? (
            <p>
              <strong data-testid="my-registration">
                {registration.status === "WAITLISTED"
                  ? t("act.waitlisted", { position: registration.waitlistPosition ?? 0 })
                  : t("act.confirmed")}
              </strong>{" "}
              <button
                type="button"
                className="kepu-button"
                disabled={cancelling.loading}
                onClick={async () => {
                  try {
                    await cancel({ variables: { id: registration.id } });
                    onChange();
                  } catch (failure) {
                    setProblem(errorMessage(failure));
                  }
                }}
              >
                {t("act.cancel")}
              </button>
            </p>
          ) : signedIn ? (
            <form className="kepu-form" onSubmit={submit} aria-label={t("act.register")}>
              <label>
                {t("act.name")}
                <input name="name" required maxLength={50} value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <label>
                {t("act.phone")}
                <input
                  name="phone"
                  type="tel"
                  inputMode="tel"
                  autoComplete="tel"
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                />
              </label>
              <button className="kepu-button" type="submit" disabled={registering.loading}>
                {full ? t("act.registerWaitlist") : t("act.register")}
              </button>
            </form>
          ) : (
            <p>
              <AppLink href={`/sign-in?next=${encodeURIComponent(here)}`}>{t("act.signInToRegister")}</AppLink>
              {" · "}
              <AppLink href="/sign-up">{t("person.signUp")}</AppLink>
            </p>
          )}
          <FormError message={problem} />
        </>
      )}
    </>
  );
}
