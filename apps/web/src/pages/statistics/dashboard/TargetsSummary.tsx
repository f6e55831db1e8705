import { Card, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useStatTargets } from "../../../api/statisticsDashboard";
import { LoadError } from "../../../components/LoadError";
import { type TargetItem, TargetProgressList } from "./TargetProgressList";

/** The district's targets with their progress; the targets page has the detail and the editing. */
export function TargetsSummary() {
  const { t } = useTranslation();
  const q = useStatTargets();
  const items: TargetItem[] = (q.data?.targets ?? []).map((x) => ({
    key: x.key,
    nameZh: x.nameZh,
    nameEn: x.nameEn,
    unit: x.unit,
    baselineYear: x.baselineYear,
    baselineValue: x.baselineValue,
    targetYear: x.targetYear,
    targetValue: x.targetValue,
    latestYear: x.latest?.year ?? null,
    latestValue: x.latest?.value ?? null,
    progressPercent: x.progressPercent,
    achieved: x.achieved,
    projectedValue: x.projection?.projected ?? null,
    onTrack: x.projection?.onTrack ?? null,
    reason: x.reasons[0] ?? null,
  }));
  return (
    <Card
      variant="borderless"
      size="small"
      title={t("statDash.targets.title")}
      extra={<Link to="/statistics/targets">{t("statDash.targets.all")}</Link>}
      style={{ height: "100%" }}
      data-testid="stat-targets"
    >
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Skeleton active />
      ) : (
        <TargetProgressList items={items} />
      )}
    </Card>
  );
}
