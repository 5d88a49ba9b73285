import { loadMap } from "@kepu/shared-modules/map-loader";
import { useLocale } from "@kepu/ui";
import { Alert, Button, Modal, Space, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import type { PointValues } from "./activity-form.js";

type Picked = { latitude: number; longitude: number; coordinateSystem: PointValues["coordinateSystem"] };

/** Six decimals: about 10 cm, as precise as a pick by hand can mean. */
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/**
 * 在地图上选点 (issue 9 §7): a modal with a map on the configured base map (`@kepu/map`, MapLibre
 * from the import map, fetched only when the modal first opens); a click picks the point, or the map
 * is moved by keyboard or dragging and its centre (the cross) is used. The point keeps the base
 * map's coordinate system (GCJ-02 for a Chinese commercial map), which the server converts to WGS-84.
 */
export function MapPicker({
  open,
  initial,
  onClose,
  onPick,
}: {
  open: boolean;
  initial: PointValues | undefined;
  onClose: () => void;
  onPick: (point: Picked) => void;
}) {
  const { t } = useLocale();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [picked, setPicked] = useState<Picked | null>(null);
  const centre = useRef<() => Picked | null>(() => null);
  const startLatitude = initial?.latitude;
  const startLongitude = initial?.longitude;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is made once each time the modal opens.
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    let remove = () => {};
    setState("loading");
    setPicked(null);
    void loadMap()
      .then((maps) => {
        if (cancelled || !container.current) return;
        const coordinateSystem = maps.configuredMapCoordinateSystem();
        const known = startLatitude != null && startLongitude != null;
        const map = maps.createMap(container.current, {
          center: known ? [startLongitude, startLatitude] : [104.2, 35.9],
          zoom: known ? 14 : 3.5,
          label: t("acts.mapLabel"),
        });
        const mark = document.createElement("div");
        mark.className = "kepu-map-pick";
        mark.setAttribute("aria-hidden", "true");
        let marker: { remove(): unknown; setLngLat(lngLat: [number, number]): unknown } | null = null;
        const choose = (longitude: number, latitude: number) => {
          const point = { latitude: round(latitude), longitude: round(longitude), coordinateSystem };
          if (marker) marker.setLngLat([point.longitude, point.latitude]);
          else marker = maps.addMarker(map, mark, [point.longitude, point.latitude]);
          setPicked(point);
        };
        map.on("click", (event) => choose(event.lngLat.lng, event.lngLat.lat));
        centre.current = () => {
          const { lng, lat } = map.getCenter();
          choose(lng, lat);
          return null;
        };
        setState("ready");
        remove = () => {
          centre.current = () => null;
          map.remove();
        };
      })
      .catch(() => {
        if (!cancelled) setState("failed");
      });
    return () => {
      cancelled = true;
      remove();
    };
  }, [open]);

  return (
    <Modal
      open={open}
      title={t("acts.mapPick")}
      width="min(760px, 100vw)"
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space wrap style={{ justifyContent: "flex-end" }}>
          <Button onClick={onClose}>{t("action.cancel")}</Button>
          <Button
            type="primary"
            disabled={!picked}
            onClick={() => {
              if (picked) onPick(picked);
            }}
          >
            {t("acts.mapUse")}
          </Button>
        </Space>
      }
    >
      <style>{pickerStyles}</style>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t("acts.mapHint")}
      </Typography.Paragraph>
      {state === "loading" ? <p role="status">{t("acts.mapLoading")}</p> : null}
      {state === "failed" ? <Alert type="error" showIcon role="alert" title={t("acts.mapFailed")} /> : null}
      <div className="kepu-map-picker" data-testid="map-picker">
        <div ref={container} className="kepu-map-picker-map" />
        <div className="kepu-map-cross" aria-hidden="true" />
      </div>
      <Space wrap style={{ marginTop: 8 }}>
        <Button disabled={state !== "ready"} onClick={() => centre.current()}>
          {t("acts.mapUseCentre")}
        </Button>
        <span role="status" data-testid="map-picked">
          {picked
            ? t("acts.mapPicked", {
                latitude: picked.latitude.toFixed(6),
                longitude: picked.longitude.toFixed(6),
                system: picked.coordinateSystem === "GCJ02" ? "GCJ-02" : "WGS-84",
              })
            : t("acts.mapNone")}
        </span>
      </Space>
    </Modal>
  );
}

const pickerStyles = `
.kepu-map-picker { position: relative; height: min(60vh, 440px); min-height: 260px; border-radius: 6px; overflow: hidden; background: #eef2f6; }
.kepu-map-picker-map { position: absolute; inset: 0; }
.kepu-map-cross { position: absolute; left: 50%; top: 50%; width: 24px; height: 24px; margin: -12px 0 0 -12px; pointer-events: none;
  background: linear-gradient(#0b5394, #0b5394) center / 2px 100% no-repeat, linear-gradient(#0b5394, #0b5394) center / 100% 2px no-repeat; opacity: .7; }
.kepu-map-pick { width: 18px; height: 18px; border-radius: 50%; background: #b4400d; border: 3px solid #fff; box-shadow: 0 1px 4px rgba(0,0,0,.4); }
`;
