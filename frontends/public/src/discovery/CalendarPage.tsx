import { errorMessage, useQuery } from "@kepu/graphql-client";
import { AppFrame, ErrorMessage, formatDay, Loading, useLocale } from "@kepu/ui";
import { useState } from "react";
import { go, useSearch } from "../routes.js";
import { monthGrid, plusDays, shiftMonth, weekOf } from "./calendar.js";
import { ActivityCards, DiscoveryNav } from "./common.js";
import { discoveryFilterFromSearch, discoverySearch } from "./filters.js";
import { activityCalendarQuery, publicActivitiesQuery } from "./queries.js";
import { useDiscoveryStyles } from "./styles.js";

/** This month in Asia/Shanghai (UTC+8 all year), "YYYY-MM". */
const shanghaiMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

const weekdays = {
  "zh-CN": ["一", "二", "三", "四", "五", "六", "日"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

/**
 * /calendar (issue 9 §4): a month (or week) of Shanghai days with how many activities have a session
 * each day; choosing a day lists them. `?month=YYYY-MM` or `?week=YYYY-MM-DD` with the filter.
 */
export function CalendarPage() {
  useDiscoveryStyles();
  const { t, locale } = useLocale();
  const search = useSearch();
  const params = new URLSearchParams(search);
  const filter = discoveryFilterFromSearch(search);
  const { from: _from, to: _to, ...rest } = filter;
  const week = params.get("week");
  const monthParam = params.get("month");
  const month = monthParam && /^\d{4}-\d{2}$/.test(monthParam) ? monthParam : shanghaiMonth();
  const days = week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? weekOf(week) : monthGrid(month);
  const [chosen, setChosen] = useState<string | null>(null);
  const base = discoverySearch(rest);
  const link = (extra: string) => `/calendar${base ? `${base}&` : "?"}${extra}`;
  const { data, loading, error, refetch } = useQuery(activityCalendarQuery, {
    variables: { from: days[0] as string, to: days.at(-1) as string, filter: rest },
  });
  const counts = new Map((data?.activityCalendar ?? []).map((day) => [day.day, day.count]));
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return (
    <AppFrame title={t("discovery.calendar.title")} subtitle={t("discovery.calendar.subtitle")}>
      <DiscoveryNav current="calendar" filter={rest} />
      <p className="kepu-disc-nav">
        <button
          type="button"
          className="kepu-link"
          onClick={() => go(week ? link(`week=${plusDays(week, -7)}`) : link(`month=${shiftMonth(month, -1)}`))}
        >
          {t("discovery.calendar.previous")}
        </button>
        <button
          type="button"
          className="kepu-link"
          aria-pressed={!week}
          onClick={() => go(link(`month=${(week ?? month).slice(0, 7)}`))}
        >
          {t("discovery.calendar.month")}
        </button>
        <button
          type="button"
          className="kepu-link"
          aria-pressed={Boolean(week)}
          onClick={() => go(link(`week=${week ?? `${month}-01`}`))}
        >
          {t("discovery.calendar.week")}
        </button>
        <button
          type="button"
          className="kepu-link"
          onClick={() => go(week ? link(`week=${plusDays(week, 7)}`) : link(`month=${shiftMonth(month, 1)}`))}
        >
          {t("discovery.calendar.next")}
        </button>
      </p>
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      <table className="kepu-disc-cal" data-testid="calendar">
        <caption className="kepu-visually-hidden">{week ? week : month}</caption>
        <thead>
          <tr>
            {weekdays[locale === "en" ? "en" : "zh-CN"].map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((row) => (
            <tr key={row[0]}>
              {row.map((day) => {
                const count = counts.get(day) ?? 0;
                return (
                  <td key={day}>
                    <button
                      type="button"
                      aria-pressed={chosen === day}
                      data-day={day}
                      data-count={count}
                      onClick={() => setChosen(day)}
                    >
                      {Number(day.slice(8))}
                      <span className="kepu-visually-hidden">
                        {t("discovery.calendar.day", { day: formatDay(day, locale), count })}
                      </span>
                      {count ? <span className="kepu-disc-count">{count}</span> : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {chosen ? <DayList key={chosen} day={chosen} filter={rest} /> : null}
    </AppFrame>
  );
}

function DayList({ day, filter }: { day: string; filter: ReturnType<typeof discoveryFilterFromSearch> }) {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(publicActivitiesQuery, {
    variables: { filter: { ...filter, from: day, to: day }, first: 50 },
  });
  return (
    <section aria-label={t("discovery.calendar.dayList", { day: formatDay(day, locale) })}>
      <h2>{t("discovery.calendar.dayList", { day: formatDay(day, locale) })}</h2>
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      {data ? <ActivityCards items={data.publicActivities.edges.map(({ node }) => ({ activity: node }))} /> : null}
    </section>
  );
}
