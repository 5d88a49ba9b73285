import { useApolloClient } from "@kepu/graphql-client";
import { loadMap } from "@kepu/shared-modules/map-loader";
import { AppFrame, useLocale } from "@kepu/ui";
import { useEffect, useRef, useState } from "react";
import { go, useSearch } from "../routes.js";
import { DiscoveryNav } from "./common.js";
import { activityHref, discoveryFilterFromSearch } from "./filters.js";
import { activityMapQuery } from "./queries.js";
import { useDiscoveryStyles } from "./styles.js";

/**
 * /map (issue 9 §4, §8): the public activities on a map, clustered on the server for each viewport
 * and zoom (activityMap). MapLibre comes from the import map (`@kepu/map`) only when this page mounts;
 * marks are buttons (a cluster zooms in, an activity opens its page), so the map is usable by keyboard
 * and screen reader.
 */
export function MapPage() {
  useDiscoveryStyles();
  const { t } = useLocale();
  const search = useSearch();
  const filter = discoveryFilterFromSearch(search);
  const container = useRef<HTMLDivElement>(null);
  const client = useApolloClient();
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [total, setTotal] = useState<number | null>(null);
  const filterKey = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is made once per filter.
  useEffect(() => {
    let cancelled = false;
    let remove = () => {};
    void loadMap()
      .then((maps) => {
        if (cancelled || !container.current) return;
        const map = maps.createMap(container.current, {
          center: [106.55, 29.56],
          zoom: 4,
          label: t("discovery.map.label"),
        });
        let markers: { remove(): unknown }[] = [];
        let request = 0;
        const refresh = async () => {
          const mine = ++request;
          const bounds = map.getBounds();
          const zoom = Math.max(0, Math.min(20, Math.round(map.getZoom())));
          const result = await client.query({
            query: activityMapQuery,
            variables: {
              bbox: {
                west: Math.max(-180, bounds.getWest()),
                south: Math.max(-90, bounds.getSouth()),
                east: Math.min(180, bounds.getEast()),
                north: Math.min(90, bounds.getNorth()),
              },
              zoom,
              filter: JSON.parse(filterKey),
            },
          });
          if (cancelled || mine !== request || !result.data) return;
          for (const marker of markers) marker.remove();
          markers = result.data.activityMap.features.map((feature) => {
            const button = document.createElement("button");
            button.type = "button";
            const single = feature.count === 1 && feature.activity;
            button.className = single ? "kepu-disc-marker kepu-disc-single" : "kepu-disc-marker";
            // A single activity's mark is a plain dot named by the activity's title: a visible "1"
            // that its accessible name lacks would fail WCAG 2.5.3 (axe label-content-name-mismatch).
            button.textContent = single ? "" : String(feature.count);
            button.setAttribute("data-testid", single ? "map-activity" : "map-cluster");
            button.setAttribute(
              "aria-label",
              single ? (feature.activity?.title ?? "") : t("discovery.map.cluster", { count: feature.count }),
            );
            button.addEventListener("click", (event) => {
              event.stopPropagation();
              if (single && feature.activity) go(activityHref(feature.activity.id));
              else
                map.easeTo({ center: [feature.longitude, feature.latitude], zoom: feature.expansionZoom ?? zoom + 2 });
            });
            return maps.addMarker(map, button, [feature.longitude, feature.latitude]);
          });
          setTotal(result.data.activityMap.total);
        };
        // Marks are DOM buttons over the map: they need the map's size and bounds, not its style, so
        // they are fetched at once rather than after `load` (which waits for WebGL and the style).
        setState("ready");
        void refresh();
        map.on("moveend", () => void refresh());
        remove = () => map.remove();
      })
      .catch(() => {
        if (!cancelled) setState("failed");
      });
    return () => {
      cancelled = true;
      remove();
    };
  }, [filterKey]);
  return (
    <AppFrame title={t("discovery.map.title")} subtitle={t("discovery.map.subtitle")}>
      <DiscoveryNav current="map" filter={filter} />
      {state === "loading" ? <p role="status">{t("discovery.map.loading")}</p> : null}
      {state === "failed" ? <p role="alert">{t("discovery.map.failed")}</p> : null}
      {total !== null ? (
        <p role="status" data-testid="map-total">
          {t("discovery.map.total", { count: total })}
        </p>
      ) : null}
      <div ref={container} className="kepu-disc-map" data-testid="activity-map" />
    </AppFrame>
  );
}
