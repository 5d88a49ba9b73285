import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { signIn, signOut, startAuthSession, useSignedIn } from "@kepu/shared-modules/auth-session";
import { AppFrame, Empty, FormError, formatRange, Loading, Notice, SignInForm, useLocale } from "@kepu/ui";
import { type FormEvent, useState } from "react";
import { calendarFeedQuery, cancelMutation, myRegistrationsQuery } from "../activity/queries.js";
import { useActivityStyles } from "../activity/styles.js";
import { go, useSearch } from "../routes.js";
import { AppLink } from "../works/AppLink.js";
import { completeSignUpMutation, requestSignUpMutation } from "./queries.js";

/** Only paths of this site: `next` never sends a person elsewhere. */
function safeNext(search: string): string {
  const next = new URLSearchParams(search).get("next") ?? "/me/registrations";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/me/registrations";
}

/** /sign-in: e-mail and password, then back where the person came from (?next=). */
export function SignInPage() {
  const { t } = useLocale();
  const search = useSearch();
  return (
    <AppFrame title={t("person.signIn")}>
      <SignInForm
        onSubmit={async (email, password) => {
          await signIn(email, password);
          go(safeNext(search));
        }}
      />
      <p>
        <AppLink href="/sign-up">{t("person.signUp")}</AppLink>
      </p>
    </AppFrame>
  );
}

/** /sign-up: the address gets a signed link (/sign-up?token=…), which opens the form to finish. */
export function SignUpPage() {
  const { t } = useLocale();
  const token = new URLSearchParams(useSearch()).get("token");
  return (
    <AppFrame title={t("person.signUpTitle")}>{token ? <CompleteSignUp token={token} /> : <RequestSignUp />}</AppFrame>
  );
}

function RequestSignUp() {
  const { t } = useLocale();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [request, { loading }] = useMutation(requestSignUpMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await request({ variables: { email } });
      setSent(true);
    } catch (failure) {
      setProblem(errorMessage(failure));
    }
  };
  if (sent) return <Notice>{t("person.linkSent")}</Notice>;
  return (
    <form className="kepu-form" onSubmit={submit} aria-label={t("person.signUpTitle")}>
      <label>
        {t("person.email")}
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <FormError message={problem} />
      <button className="kepu-button" type="submit" disabled={loading}>
        {t("person.sendLink")}
      </button>
    </form>
  );
}

function CompleteSignUp({ token }: { token: string }) {
  const { t } = useLocale();
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [complete, { loading }] = useMutation(completeSignUpMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const result = await complete({ variables: { input: { token, displayName, password } } });
      const tokens = result.data?.completeSignUp;
      if (tokens) startAuthSession(tokens);
      go("/me/registrations");
    } catch (failure) {
      setProblem(errorMessage(failure));
    }
  };
  return (
    <form className="kepu-form" onSubmit={submit} aria-label={t("person.signUpTitle")}>
      <label>
        {t("person.displayName")}
        <input
          name="displayName"
          required
          maxLength={50}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
      </label>
      <label>
        {t("person.password")}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <FormError message={problem} />
      <button className="kepu-button" type="submit" disabled={loading}>
        {t("person.complete")}
      </button>
    </form>
  );
}

/** /me/registrations (我的报名): the person's registrations with cancel, and their calendar feed. */
export function MyRegistrationsPage() {
  useActivityStyles();
  const { t, locale } = useLocale();
  const signedIn = useSignedIn();
  const { data, loading, refetch } = useQuery(myRegistrationsQuery, {
    skip: !signedIn,
    fetchPolicy: "cache-and-network",
  });
  const feed = useQuery(calendarFeedQuery, { skip: !signedIn });
  const [cancel] = useMutation(cancelMutation);
  const [problem, setProblem] = useState<string | null>(null);
  if (!signedIn)
    return (
      <AppFrame title={t("person.myRegistrations")}>
        <SignInForm onSubmit={signIn} />
        <p>
          <AppLink href="/sign-up">{t("person.signUp")}</AppLink>
        </p>
      </AppFrame>
    );
  const rows = data?.myRegistrations.edges.map((edge) => edge.node) ?? [];
  return (
    <AppFrame title={t("person.myRegistrations")}>
      {loading && !data ? <Loading /> : null}
      {data && rows.length === 0 ? <Empty /> : null}
      <ul className="kepu-sessions" data-testid="my-registrations">
        {rows.map((row) => (
          <li key={row.id} className="kepu-card">
            <p>
              <AppLink href={`/activities/${row.session.activity.id}`}>{row.session.activity.title}</AppLink>
            </p>
            <p className="kepu-muted">{formatRange(row.session.startsAt, row.session.endsAt, locale)}</p>
            <p>
              <strong>
                {row.status === "WAITLISTED"
                  ? t("act.waitlisted", { position: row.waitlistPosition ?? 0 })
                  : t("act.confirmed")}
              </strong>{" "}
              <button
                type="button"
                className="kepu-button"
                onClick={async () => {
                  try {
                    await cancel({ variables: { id: row.id } });
                    await refetch();
                  } catch (failure) {
                    setProblem(errorMessage(failure));
                  }
                }}
              >
                {t("act.cancel")}
              </button>
            </p>
          </li>
        ))}
      </ul>
      <FormError message={problem} />
      {feed.data?.myCalendarFeedUrl ? (
        <p>
          <a href={feed.data.myCalendarFeedUrl}>{t("person.calendarFeed")}</a>
        </p>
      ) : null}
      <p>
        <button type="button" className="kepu-link" onClick={() => signOut()}>
          {t("person.signOut")}
        </button>
      </p>
    </AppFrame>
  );
}
