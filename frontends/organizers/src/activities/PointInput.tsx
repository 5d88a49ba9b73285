import { useLocale } from "@kepu/ui";
import { Button, InputNumber, Space, Typography } from "antd";
import { useState } from "react";
import type { PointValues } from "./activity-form.js";
import { MapPicker } from "./MapPicker.js";

/**
 * 位置: latitude and longitude typed in WGS-84 (GPS), or a point picked on the map, which keeps the
 * map's coordinate system (GCJ02 for a Chinese base map) so the server converts it. A form control:
 * `value`/`onChange` as antd's Form.Item hands them.
 */
export function PointInput({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: PointValues;
  onChange?: (value: PointValues) => void;
}) {
  const { t } = useLocale();
  const [picking, setPicking] = useState(false);
  const point = value ?? { latitude: null, longitude: null, coordinateSystem: "WGS84" as const };
  // Typing a number means WGS-84 again: a typed pair is what a GPS or a WGS-84 map shows.
  const set = (change: Partial<PointValues>) => onChange?.({ ...point, coordinateSystem: "WGS84", ...change });
  return (
    <div>
      <Space wrap align="center">
        <InputNumber
          id={id}
          aria-label={t("acts.latitude")}
          placeholder={t("acts.latitude")}
          min={-90}
          max={90}
          step={0.000001}
          style={{ width: 150 }}
          value={point.latitude}
          onChange={(latitude) => set({ latitude: latitude ?? null })}
        />
        <InputNumber
          aria-label={t("acts.longitude")}
          placeholder={t("acts.longitude")}
          min={-180}
          max={180}
          step={0.000001}
          style={{ width: 150 }}
          value={point.longitude}
          onChange={(longitude) => set({ longitude: longitude ?? null })}
        />
        <Button onClick={() => setPicking(true)}>{t("acts.mapPick")}</Button>
      </Space>
      <MapPicker
        open={picking}
        initial={point}
        onClose={() => setPicking(false)}
        onPick={(picked) => {
          onChange?.(picked);
          setPicking(false);
        }}
      />
      {point.coordinateSystem === "GCJ02" ? (
        <Typography.Text type="secondary" style={{ display: "block" }} data-testid="point-system">
          {t("acts.pointPicked", { system: "GCJ-02" })}
        </Typography.Text>
      ) : null}
    </div>
  );
}
