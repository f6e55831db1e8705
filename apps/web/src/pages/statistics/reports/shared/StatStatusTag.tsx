import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { StatReportStatus } from "../../../../api/statistics";
import { STATUS_COLORS } from "./labels";

export function StatStatusTag({ status }: { status: StatReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={`stat-status-${status}`}>
      {t(`statistics.status.${status}`)}
    </Tag>
  );
}
