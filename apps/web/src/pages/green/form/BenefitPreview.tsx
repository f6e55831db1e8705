import { Alert, Empty, Spin } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { useLang } from "../../../lib/labels";
import { BenefitResultTable } from "../shared/BenefitResultTable";
import type { BenefitLine } from "./formValues";
import { useLiveBenefits } from "./useLivePreviews";

/** The live result of the benefit lines as entered (POST /api/green/benefits/preview): nothing is stored. */
export function BenefitPreview({ lines, year }: { lines: BenefitLine[] | undefined; year?: number }) {
  const { t } = useTranslation();
  const en = useLang() === "en";
  const q = useLiveBenefits(lines, year);
  if (q.error) {
    const problems = q.error instanceof ApiError ? q.error.problems : [];
    return (
      <Alert
        type="warning"
        showIcon
        title={q.error instanceof ApiError ? q.error.message : t("errors.unknown")}
        description={problems.map((p) => (
          <div key={p.path}>
            {p.path}: {en ? p.messageEn : p.messageZh}
          </div>
        ))}
      />
    );
  }
  if (!q.data)
    return q.isFetching ? (
      <Spin />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("green.benefit.empty")} />
    );
  return (
    <div style={{ opacity: q.isFetching ? 0.6 : 1 }}>
      <BenefitResultTable report={q.data} testId="green-benefit-preview" />
    </div>
  );
}
