import { useQuery } from "@kepu/graphql-client";
import { useLocale } from "@kepu/ui";
import { Select } from "antd";
import { useEffect } from "react";
import { campaignChoicesQuery } from "../graphql/reach.js";

/**
 * Picks a campaign (edition) by name, newest year first; picks the first one when nothing is chosen
 * yet, so a page opens on the current edition.
 */
export function CampaignSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange: (campaignId: string) => void;
}) {
  const { t } = useLocale();
  const { data, loading } = useQuery(campaignChoicesQuery);
  const campaigns = [...(data?.campaigns.edges.map((edge) => edge.node) ?? [])].sort(
    (a, b) => b.year - a.year || Number(Boolean(a.parent)) - Number(Boolean(b.parent)),
  );
  const first = campaigns[0]?.id;
  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);
  return (
    <Select
      id={id}
      aria-label={t("campaign.pick")}
      style={{ minWidth: 260 }}
      loading={loading}
      value={value ?? undefined}
      onChange={onChange}
      showSearch={{ optionFilterProp: "label" }}
      options={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))}
    />
  );
}
