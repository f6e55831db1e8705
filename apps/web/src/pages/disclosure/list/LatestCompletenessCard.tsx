import type { TDisclosureSummary } from "@greenfin/contracts";
import { Card, Skeleton } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useDisclosure } from "../shared/queries";

const CompletenessChart = lazy(() => import("./CompletenessChart"));

/** The chart of the latest disclosure's completeness by framework. */
export function LatestCompletenessCard({ latest }: { latest: TDisclosureSummary }) {
  const { t } = useTranslation();
  const detail = useDisclosure(latest.id);
  return (
    <Card
      variant="borderless"
      title={t("disclosure.list.chartTitle", { year: latest.period.year })}
      style={{ height: "100%" }}
    >
      {detail.data ? (
        <Suspense fallback={<Skeleton active />}>
          <CompletenessChart completeness={detail.data.completeness} />
        </Suspense>
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
}
