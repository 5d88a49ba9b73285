import { useQuery } from "@kepu/graphql-client";
import { useLocale } from "@kepu/ui";
import { Select } from "antd";
import { orgSearchQuery } from "../graphql/org.js";
import type { OrgName } from "../graphql/types.js";
import { useTypedSearch } from "./useTypedSearch.js";

/**
 * Units found by name as one types (orgs(search:), asked once typing pauses, not on every
 * keystroke), those in `exclude` left out. Shared by every unit picker of the app.
 */
export function useOrgSearch(exclude: readonly string[]) {
  const { search, setText } = useTypedSearch();
  const { data, loading } = useQuery(orgSearchQuery, { variables: { search, first: 10 }, skip: !search });
  const found = (data?.orgs.edges ?? []).map((edge) => edge.node).filter((org) => !exclude.includes(org.id));
  return { search, setText, loading, found };
}

/**
 * One unit picked by searching its name (antd Select): the value is the unit (id and name), null
 * when none is chosen; `allowClear` offers to clear it. Options are the names found, with the
 * level beside each so two units of one name are told apart.
 */
export function OrgSelect({
  id,
  value,
  onChange,
  exclude = [],
  allowClear,
  placeholder,
}: {
  id?: string;
  value: OrgName | null;
  onChange: (org: OrgName | null) => void;
  exclude?: readonly string[];
  allowClear?: boolean;
  placeholder?: string;
}) {
  const { t } = useLocale();
  const { search, setText, loading, found } = useOrgSearch(exclude);
  const options = [
    ...(value ? [{ value: value.id, label: value.name, level: "" }] : []),
    ...found
      .filter((org) => org.id !== value?.id)
      .map((org) => ({ value: org.id, label: org.name, level: t(`level.${org.level}`) })),
  ];
  return (
    <Select
      id={id}
      style={{ width: "100%", maxWidth: 360 }}
      placeholder={placeholder ?? t("picker.placeholder")}
      showSearch={{ onSearch: setText, filterOption: false }}
      allowClear={allowClear}
      loading={loading}
      value={value?.id ?? null}
      notFoundContent={search && !loading ? t("picker.none") : null}
      onChange={(picked: string | undefined) => {
        const org = options.find((option) => option.value === picked);
        onChange(org ? { id: org.value, name: org.label } : null);
        setText("");
      }}
      optionRender={(option) => (
        <>
          {option.label} <span style={{ color: "rgba(0,0,0,0.62)" }}>{option.data.level}</span>
        </>
      )}
      options={options}
    />
  );
}
