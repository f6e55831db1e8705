import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const COLORS: Record<string, string> = {
  submitted: "processing",
  returned: "warning",
  certified: "green",
  rejected: "error",
  withdrawn: "default",
  financed: "blue",
  monitored: "cyan",
};

/** A project's lifecycle stage as a coloured tag; `data-stage` lets the browser tests read it. */
export function StageTag({ stage }: { stage: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[stage] ?? "default"} data-stage={stage} data-testid="green-stage">
      {t(`green.stage.${stage}` as "green.stage.submitted", { defaultValue: stage })}
    </Tag>
  );
}
