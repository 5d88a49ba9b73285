import { type EventSource, eventJsonLd } from "../../public/src/activity/json-ld.js";

/** How long one answer about an activity serves every visitor, and how many activities are kept. */
const freshMs = 30_000;
const keptActivities = 1_000;
/** How long a visitor's page may wait for the gateway before it goes out without the markup. */
const waitMs = 1_500;

/** What the public page of an activity needs for its schema.org Event (json-ld.ts `EventSource`). */
const eventQuery = `query ActivityEventMarkup($id: ID!) {
  activity(id: $id) {
    id title summary startsAt endsAt mode status venue address latitude longitude livestreamUrl
    host { name }
    cover { url }
    sessions { startsAt endsAt cancelled }
  }
}`;

interface EventAnswer extends Omit<EventSource, "hostName" | "coverUrl"> {
  host: { name: string } | null;
  cover: { url: string | null } | null;
}

/**
 * What the server knows of an activity page before any script runs: `public` with its title and
 * Event markup (what the public sees: published, ended, reported, cancelled, or the approved
 * version while an edit is in review), `none` when the gateway says the public sees no such
 * activity (unknown, a draft, one in its first review), or `unknown` when the gateway did not
 * answer in time (the page then goes out as before, and the app asks on its own).
 */
export type ActivityMarkup =
  | { kind: "public"; title: string; event: Record<string, unknown> }
  | { kind: "none" }
  | { kind: "unknown" };

/**
 * Asks the gateway anonymously (so only what the public sees) for the activity pages' Event
 * markup, and keeps each answer 30 s for every visitor (the newest `keptActivities` ids).
 */
type Answer = { kind: "public"; activity: EventAnswer } | { kind: "none" } | { kind: "unknown" };

export class ActivityMarkupData {
  #answers = new Map<string, { at: number; answer: Promise<Answer> }>();

  constructor(private readonly gatewayUrl: string) {}

  /** The markup of activity `id`, with page URLs under `origin` (e.g. https://kepu.example). */
  async markup(id: string, origin: string): Promise<ActivityMarkup> {
    const kept = this.#answers.get(id);
    let pending = kept && Date.now() - kept.at < freshMs ? kept.answer : null;
    if (!pending) {
      const asked = this.#fetch(id);
      pending = asked;
      this.#answers.delete(id);
      this.#answers.set(id, { at: Date.now(), answer: asked });
      if (this.#answers.size > keptActivities) {
        const oldest = this.#answers.keys().next().value;
        if (oldest !== undefined) this.#answers.delete(oldest);
      }
      // A failed ask is not kept: the next visitor asks again.
      void asked.then((answer) => {
        if (answer.kind === "unknown" && this.#answers.get(id)?.answer === asked) this.#answers.delete(id);
      });
    }
    const answer = await Promise.race([
      pending,
      new Promise<Answer>((resolve) => setTimeout(() => resolve({ kind: "unknown" }), waitMs).unref()),
    ]);
    if (answer.kind !== "public") return answer;
    const { host, cover, ...rest } = answer.activity;
    return {
      kind: "public",
      title: rest.title,
      event: eventJsonLd({ ...rest, hostName: host?.name ?? null, coverUrl: cover?.url ?? null }, origin),
    };
  }

  async #fetch(id: string): Promise<Answer> {
    try {
      const response = await fetch(this.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({ query: eventQuery, variables: { id } }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) return { kind: "unknown" };
      const body = (await response.json()) as { data?: { activity: EventAnswer | null }; errors?: unknown[] };
      if (!body.data) return { kind: "unknown" };
      const activity = body.data.activity;
      // A host or cover that failed soft (null with an error) leaves them out; no activity is an answer.
      if (!activity) return body.errors?.length ? { kind: "unknown" } : { kind: "none" };
      return { kind: "public", activity };
    } catch {
      return { kind: "unknown" };
    }
  }
}
