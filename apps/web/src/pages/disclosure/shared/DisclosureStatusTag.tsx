import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { DisclosureStatus } from "../../../api/disclosure";
import { STATUS_COLORS } from "./levels";

export function DisclosureStatusTag({ status, testId }: { status: DisclosureStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`disclosure.status.${status}`)}
    </Tag>
  );
}
