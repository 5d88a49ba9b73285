import { errorMessage, useQuery } from "@kepu/graphql-client";
import { AppFrame, ErrorMessage, Loading, type MessageKey, useLocale } from "@kepu/ui";
import { type FormEvent, useState } from "react";
import { go, useSearch } from "../routes.js";
import { ActivityCards, DiscoveryNav } from "./common.js";
import { discoveryFilterFromSearch, discoverySearch, travelModes } from "./filters.js";
import { activitiesNearQuery, serviceCircleQuery } from "./queries.js";
import { useDiscoveryStyles } from "./styles.js";

type Mode = (typeof travelModes)[number];

/** Where and how the near page searches, as its URL carries it (?lat=&lng=&r=&mode=). */
function placeFromSearch(search: string) {
  const params = new URLSearchParams(search);
  const lat = Number(params.get("lat"));
  const lng = Number(params.get("lng"));
  const radius = Number(params.get("r") ?? "5");
  const mode = params.get("mode");
  return {
    point: params.get("lat") && params.get("lng") && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null,
    radiusKm: Number.isFinite(radius) && radius > 0 ? radius : 5,
    mode: (travelModes as readonly string[]).includes(mode ?? "") ? (mode as Mode) : null,
  };
}

/**
 * /near (issue 9 §4): activities near the browser's location or a typed point, by radius or within
 * the 30-minute science service circle of a mode of travel. The point and mode live in the URL.
 */
export function NearPage() {
  useDiscoveryStyles();
  const { t } = useLocale();
  const search = useSearch();
  const filter = discoveryFilterFromSearch(search);
  const place = placeFromSearch(search);
  const [latitude, setLatitude] = useState(place.point ? String(place.point.lat) : "");
  const [longitude, setLongitude] = useState(place.point ? String(place.point.lng) : "");
  const [radius, setRadius] = useState(String(place.radiusKm));
  const [mode, setMode] = useState<Mode | "">(place.mode ?? "");
  const [locating, setLocating] = useState<"idle" | "busy" | "denied">("idle");
  const navigate = (lat: string, lng: string, nextMode: Mode | "" = mode) => {
    const params = new URLSearchParams(discoverySearch(filter));
    params.set("lat", lat);
    params.set("lng", lng);
    params.set("r", radius);
    if (nextMode) params.set("mode", nextMode);
    go(`/near?${params.toString()}`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (latitude && longitude) navigate(latitude, longitude);
  };
  const locate = () => {
    if (!navigator.geolocation) return setLocating("denied");
    setLocating("busy");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating("idle");
        const lat = position.coords.latitude.toFixed(5);
        const lng = position.coords.longitude.toFixed(5);
        setLatitude(lat);
        setLongitude(lng);
        navigate(lat, lng);
      },
      () => setLocating("denied"),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  };
  return (
    <AppFrame title={t("discovery.near.title")} subtitle={t("discovery.near.subtitle")}>
      <DiscoveryNav current="near" filter={filter} />
      <p>
        <button type="button" className="kepu-button" onClick={locate} disabled={locating === "busy"}>
          {locating === "busy" ? t("discovery.near.locating") : t("discovery.near.locate")}
        </button>
      </p>
      {locating === "denied" ? <p role="alert">{t("discovery.near.denied")}</p> : null}
      <form className="kepu-disc-filters" aria-label={t("discovery.near.place")} onSubmit={submit}>
        <label>
          {t("discovery.near.latitude")}
          <input
            inputMode="decimal"
            name="lat"
            value={latitude}
            onChange={(event) => setLatitude(event.target.value)}
          />
        </label>
        <label>
          {t("discovery.near.longitude")}
          <input
            inputMode="decimal"
            name="lng"
            value={longitude}
            onChange={(event) => setLongitude(event.target.value)}
          />
        </label>
        <label>
          {t("discovery.near.radius")}
          <input inputMode="decimal" name="r" value={radius} onChange={(event) => setRadius(event.target.value)} />
        </label>
        <label>
          {t("discovery.near.mode")}
          <select name="mode" value={mode} onChange={(event) => setMode(event.target.value as Mode | "")}>
            <option value="">{t("discovery.near.byRadius")}</option>
            {travelModes.map((value) => (
              <option key={value} value={value}>
                {t(`travel.${value}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <button className="kepu-button" type="submit">
          {t("discovery.near.search")}
        </button>
      </form>
      {place.point === null ? (
        <p className="kepu-muted">{t("discovery.near.pick")}</p>
      ) : place.mode ? (
        <CircleResults key={search} point={place.point} mode={place.mode} filter={filter} />
      ) : (
        <NearResults key={search} point={place.point} radiusKm={place.radiusKm} filter={filter} />
      )}
    </AppFrame>
  );
}

function NearResults({
  point,
  radiusKm,
  filter,
}: {
  point: { lat: number; lng: number };
  radiusKm: number;
  filter: ReturnType<typeof discoveryFilterFromSearch>;
}) {
  const { data, loading, error, refetch } = useQuery(activitiesNearQuery, {
    variables: { latitude: point.lat, longitude: point.lng, radiusKm, filter, first: 50 },
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const edges = data?.activitiesNear.edges ?? [];
  return <ActivityCards items={edges.map((edge) => ({ activity: edge.node, distanceKm: edge.distanceKm }))} />;
}

function CircleResults({
  point,
  mode,
  filter,
}: {
  point: { lat: number; lng: number };
  mode: Mode;
  filter: ReturnType<typeof discoveryFilterFromSearch>;
}) {
  const { t } = useLocale();
  const { data, loading, error, refetch } = useQuery(serviceCircleQuery, {
    variables: { latitude: point.lat, longitude: point.lng, mode, filter, first: 50 },
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const circle = data?.activityServiceCircle;
  if (!circle) return null;
  return (
    <>
      <p data-testid="circle-reach">
        {t("discovery.near.circle", {
          minutes: circle.minutes,
          mode: t(`travel.${circle.mode}` as MessageKey),
          km: circle.radiusKm.toFixed(1),
        })}
      </p>
      <p className="kepu-muted">{t("discovery.near.model", { model: circle.model })}</p>
      <ActivityCards
        items={circle.activities.edges.map((edge) => ({ activity: edge.node, distanceKm: edge.distanceKm }))}
      />
    </>
  );
}
