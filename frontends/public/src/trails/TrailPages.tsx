import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { signIn, useSignedIn } from "@kepu/shared-modules/auth-session";
import { AppFrame, ErrorMessage, FormError, formatDateTime, Loading, Notice, SignInForm, useLocale } from "@kepu/ui";
import { type FormEvent, useEffect, useState } from "react";
import { useActivityStyles } from "../activity/styles.js";
import { useSearch } from "../routes.js";
import { AppLink } from "../works/AppLink.js";
import { checkInMutation, myTrailProgressQuery, stopCodeQuery, trailPageQuery } from "./queries.js";

/**
 * A trail at /trails/<id> and its check-in at /trails/<id>/check-in?stop=&code= (issue 9 §5): the
 * stops in order (no personal data), the signed-in person's progress, and a form for the code shown
 * at the venue (a QR code's link fills it in).
 */
export function TrailPage({ id }: { id: string }) {
  useActivityStyles();
  const { t, locale } = useLocale();
  const signedIn = useSignedIn();
  const params = new URLSearchParams(useSearch());
  const trail = useQuery(trailPageQuery, { variables: { id } });
  const progress = useQuery(myTrailProgressQuery, {
    variables: { id },
    skip: !signedIn,
    fetchPolicy: "cache-and-network",
  });
  const [stopId, setStopId] = useState(params.get("stop") ?? "");
  const [code, setCode] = useState(params.get("code") ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [checkIn, { loading }] = useMutation(checkInMutation);
  if (trail.loading && !trail.data)
    return (
      <AppFrame title={t("trail.title")}>
        <Loading />
      </AppFrame>
    );
  if (trail.error)
    return (
      <AppFrame title={t("trail.title")}>
        <ErrorMessage message={errorMessage(trail.error)} />
      </AppFrame>
    );
  const route = trail.data?.trail;
  if (!route)
    return (
      <AppFrame title={t("notFound.title")}>
        <p>{t("trail.notFound")}</p>
      </AppFrame>
    );
  const mine = progress.data?.myTrailProgress;
  const doneAt = new Map((mine?.stops ?? []).map((row) => [row.stop.id, row.checkedInAt]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    try {
      const result = await checkIn({ variables: { stopId: stopId || (route.stops[0]?.id ?? ""), code } });
      const answer = result.data?.checkIn;
      if (answer)
        setDone(answer.alreadyCheckedIn ? t("trail.already") : t("trail.checkedIn", { stop: answer.stop.title ?? "" }));
      setCode("");
      await progress.refetch();
    } catch (failure) {
      setProblem(errorMessage(failure));
    }
  };
  return (
    <AppFrame title={route.title} subtitle={route.host?.name}>
      <p>{route.summary}</p>
      {mine ? (
        <p data-testid="trail-progress">
          <strong>
            {mine.completedAt
              ? t("trail.completed", { at: formatDateTime(mine.completedAt, locale) })
              : t("trail.progress", { done: mine.done, total: mine.total })}
          </strong>
        </p>
      ) : null}
      <h2>{t("trail.stops")}</h2>
      <ol className="kepu-sessions" data-testid="trail-stops">
        {route.stops.map((stop) => (
          <li key={stop.id} className="kepu-card">
            <p>
              {stop.activity ? <AppLink href={`/activities/${stop.activity.id}`}>{stop.title}</AppLink> : stop.title}
              {doneAt.get(stop.id) ? <strong> ✓ {t("trail.done")}</strong> : null}
            </p>
            {stop.venue || stop.address ? (
              <p className="kepu-muted">{[stop.venue, stop.address].filter(Boolean).join(" · ")}</p>
            ) : null}
          </li>
        ))}
      </ol>
      {signedIn ? (
        <form className="kepu-form" onSubmit={submit} aria-label={t("trail.checkIn")}>
          <label>
            {t("trail.stop")}
            <select
              name="stop"
              value={stopId || (route.stops[0]?.id ?? "")}
              onChange={(e) => setStopId(e.target.value)}
            >
              {route.stops.map((stop) => (
                <option key={stop.id} value={stop.id}>
                  {stop.position}. {stop.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("trail.code")}
            <input
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9０-９ -]{6,9}"
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </label>
          <FormError message={problem} />
          {done ? <Notice>{done}</Notice> : null}
          <button className="kepu-button" type="submit" disabled={loading}>
            {t("trail.checkIn")}
          </button>
        </form>
      ) : (
        <>
          <h2>{t("trail.signInToCheckIn")}</h2>
          <SignInForm onSubmit={signIn} />
          <p>
            <AppLink href="/sign-up">{t("person.signUp")}</AppLink>
          </p>
        </>
      )}
    </AppFrame>
  );
}

/**
 * The venue screen at /trails/<id>/screen/<stopId>: the stop's live code in large digits, for the
 * host's members (the graph refuses others), asked again when it rotates.
 */
export function VenueScreen({ stopId }: { stopId: string }) {
  useActivityStyles();
  const { t } = useLocale();
  const signedIn = useSignedIn();
  const { data, error, refetch } = useQuery(stopCodeQuery, {
    variables: { stopId },
    skip: !signedIn,
    fetchPolicy: "network-only",
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const rotatesAt = data?.trailStopCode ? new Date(data.trailStopCode.rotatesAt).getTime() : null;
  useEffect(() => {
    if (rotatesAt !== null && now >= rotatesAt) void refetch();
  }, [now, rotatesAt, refetch]);
  if (!signedIn)
    return (
      <AppFrame title={t("trail.screen")}>
        <SignInForm onSubmit={signIn} />
      </AppFrame>
    );
  return (
    <AppFrame title={t("trail.screen")}>
      {error ? <ErrorMessage message={errorMessage(error)} /> : null}
      {data ? (
        <>
          <p>{t("trail.screenHint")}</p>
          <p className="kepu-venue-code" data-testid="venue-code" aria-live="polite">
            {data.trailStopCode.code}
          </p>
          <p className="kepu-muted">
            {t("trail.screenRotates", { seconds: Math.max(0, Math.ceil(((rotatesAt ?? now) - now) / 1000)) })}
          </p>
        </>
      ) : (
        <Loading />
      )}
    </AppFrame>
  );
}
