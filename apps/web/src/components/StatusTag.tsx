import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const COLORS = { active: "success", revoked: "default", expired: "warning", pending: "processing" } as const;

export function StatusTag({ status }: { status: keyof typeof COLORS }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
