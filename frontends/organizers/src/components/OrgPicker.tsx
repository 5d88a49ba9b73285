import { useQuery } from "@kepu/graphql-client";
import { useLocale } from "@kepu/ui";
import { useEffect, useState } from "react";
import { orgSearchQuery } from "../graphql/org.js";
import type { OrgName } from "../graphql/types.js";

/** A search box over every unit (orgs(search:)); picking one hands it to `onPick`. */
export function OrgPicker({
  label,
  onPick,
  exclude = [],
}: {
  label: string;
  onPick: (org: OrgName) => void;
  exclude?: string[];
}) {
  const { t } = useLocale();
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  // Ask the server once typing pauses, not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading } = useQuery(orgSearchQuery, {
    variables: { search, first: 10 },
    skip: search.length === 0,
  });
  const found = (data?.orgs.edges ?? []).map((edge) => edge.node).filter((org) => !exclude.includes(org.id));
  return (
    <div className="kepu-picker">
      <label>
        {label}
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("picker.placeholder")}
        />
      </label>
      {search && loading ? <p className="kepu-muted">{t("state.loading")}</p> : null}
      {search && !loading && found.length === 0 ? <p className="kepu-muted">{t("picker.none")}</p> : null}
      {search && found.length > 0 ? (
        <ul className="kepu-picker-results" aria-label={t("picker.results")}>
          {found.map((org) => (
            <li key={org.id}>
              <button
                type="button"
                className="kepu-link"
                onClick={() => {
                  onPick({ id: org.id, name: org.name });
                  setText("");
                  setSearch("");
                }}
              >
                {t("picker.pick", { name: org.name })}
              </button>{" "}
              <span className="kepu-muted">{t(`level.${org.level}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
