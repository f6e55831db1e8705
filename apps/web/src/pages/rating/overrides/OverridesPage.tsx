import { Card, Segmented } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OverrideStatus } from "../../../api/rating";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useLang } from "../../../lib/labels";
import { useRatingAccess } from "../shared/access";
import { bi } from "../shared/format";
import { useOverrides, useRuns } from "../shared/queries";
import { OverridesTable } from "./OverridesTable";
import "../shared/rating.css";

type Filter = OverrideStatus | "all";
const FILTERS: Filter[] = ["pending", "approved", "rejected", "all"];

/** /rating/overrides — the four-eyes review queue of grade overrides (the district sees every agency's, read-only). */
export default function OverridesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const a = useRatingAccess();
  const [filter, setFilter] = useState<Filter>("pending");
  const list = useOverrides(filter);
  const runs = useRuns();
  const runLabel = (runId: string) => {
    const r = runs.data?.find((x) => x.id === runId);
    return r ? `${bi(r.methodologyName, lang)} · ${r.periodYear}` : runId.slice(0, 8);
  };
  return (
    <div data-testid="page-rating-overrides">
      <PageHeader
        title={t("rating.review.title")}
        subtitle={a.district ? t("rating.review.subtitleDistrict") : t("rating.review.subtitle")}
      />
      <Card variant="borderless">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={FILTERS.map((f) => ({ value: f, label: t(`rating.review.filter.${f}`) }))}
          style={{ marginBottom: 12 }}
          data-testid="overrides-filter"
        />
        {list.error ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <OverridesTable overrides={list.data} loading={list.isPending} runLabel={runLabel} />
        )}
      </Card>
    </div>
  );
}
