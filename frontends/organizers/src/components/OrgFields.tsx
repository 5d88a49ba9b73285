import { useLocale } from "@kepu/ui";
import { Form, Input, Select, Space } from "antd";
import { orgKinds, orgLevels } from "../graphql/types.js";
import { isRegionCode, optionalFieldRule } from "../validation.js";

/**
 * A unit's own fields inside an antd Form (编辑单位 and 新建下级单位): the name (required, not blank),
 * the short name, the kind, the level when `level` (required; set once, when the unit is made), the
 * six-digit region code, and the address when `address`. Field names match the forms' values.
 */
export function OrgFields({ level = false, address = true }: { level?: boolean; address?: boolean }) {
  const { t } = useLocale();
  return (
    <>
      <Form.Item
        name="name"
        label={t("org.name")}
        rules={[{ required: true, whitespace: true, message: t("form.required", { field: t("org.name") }) }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="shortName" label={t("org.shortName")}>
        <Input maxLength={40} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="kind" label={t("org.kind")}>
          <Select style={{ minWidth: 160 }} options={orgKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        {level ? (
          <Form.Item
            name="level"
            label={t("org.level")}
            rules={[{ required: true, message: t("form.required", { field: t("org.level") }) }]}
          >
            <Select
              style={{ minWidth: 140 }}
              placeholder={t("filter.choose")}
              options={orgLevels.map((l) => ({ value: l, label: t(`level.${l}`) }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="regionCode"
          label={t("org.regionCode")}
          rules={[optionalFieldRule(isRegionCode, t("form.regionCode"))]}
        >
          <Input inputMode="numeric" maxLength={6} style={{ width: 140 }} />
        </Form.Item>
      </Space>
      {address ? (
        <Form.Item name="address" label={t("org.address")}>
          <Input maxLength={200} />
        </Form.Item>
      ) : null}
    </>
  );
}
