import { useLocale } from "@kepu/ui";
import { Select } from "antd";
import { useState } from "react";
import { useOrgSearch } from "../components/OrgSelect.js";

/**
 * 联合主办单位: existing units found by name as one types (orgs(search:)), the host left out; a form
 * control whose value is the units' ids. Names of units already chosen are kept for their tags.
 */
export function CoHostSelect({
  id,
  value,
  onChange,
  initial,
  exclude,
  disabled,
}: {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  initial: readonly { id: string; name: string }[];
  exclude: string;
  disabled?: boolean;
}) {
  const { t } = useLocale();
  const [names, setNames] = useState(() => new Map(initial.map((org) => [org.id, org.name])));
  const { search, setText, loading, found } = useOrgSearch([exclude]);
  const chosen = value ?? [];
  const options = [
    ...chosen.map((orgId) => ({ value: orgId, label: names.get(orgId) ?? orgId })),
    ...found.filter((org) => !chosen.includes(org.id)).map((org) => ({ value: org.id, label: org.name })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      disabled={disabled}
      aria-label={t("acts.coHosts")}
      placeholder={t("picker.placeholder")}
      showSearch={{ onSearch: setText, filterOption: false }}
      loading={loading}
      value={chosen}
      notFoundContent={search && !loading ? t("picker.none") : null}
      onChange={(ids: string[]) => {
        setNames((now) => {
          const next = new Map(now);
          for (const org of found) next.set(org.id, org.name);
          return next;
        });
        onChange?.(ids);
      }}
      options={options}
    />
  );
}
