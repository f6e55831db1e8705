import { ClockCircleOutlined } from "@ant-design/icons";
import { Tag, Tooltip } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { TStageTimer } from "../../../api/marketNeeds";
import { useLang } from "../../../lib/labels";
import { fmtWhen } from "./format";

const COLORS = { "done-on-time": "success", "done-late": "warning", overdue: "error", pending: "processing" } as const;

/** Time left until `dueAt` as "2天3小时" / "2d 3h" (whole hours; minutes in the last hour). */
function useLeft() {
  const { t } = useTranslation();
  return (dueAt: string) => {
    const mins = Math.max(0, dayjs(dueAt).diff(dayjs(), "minute"));
    const days = Math.floor(mins / 1440);
    const hours = Math.floor((mins % 1440) / 60);
    if (days > 0) return t("market.timer.leftDays", { days, hours });
    if (hours > 0) return t("market.timer.leftHours", { hours });
    return t("market.timer.leftMinutes", { minutes: mins % 60 });
  };
}

/**
 * One service-level stage (respond, visit, decide) as a tag: done on time / late, overdue by N working days (red), or
 * pending with a countdown to its deadline (orange once the reminder is due). The tooltip says how the deadline was set.
 */
export function StageTimerTag({ timer, withStage }: { timer: TStageTimer; withStage?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const left = useLeft();
  const stage = withStage ? `${t(`market.stage.${timer.stage}`)} · ` : "";
  let text: string;
  let color: string = COLORS[timer.status];
  if (timer.status === "overdue") text = t("market.timer.overdue", { days: timer.workingDaysLate });
  else if (timer.status === "pending") {
    text = t("market.timer.left", { left: left(timer.dueAt) });
    if (timer.reminderDue) color = "orange";
  } else if (timer.status === "done-late") text = t("market.timer.doneLate", { days: timer.workingDaysLate });
  else text = t("market.timer.doneOnTime");
  return (
    <Tooltip
      title={
        <div>
          <div>
            {t("market.timer.due")}
            {fmtWhen(timer.dueAt)} · {t("market.timer.limit", { days: timer.limitWorkingDays })}
          </div>
          <div>{lang === "en" ? timer.explanation.en : timer.explanation.zh}</div>
        </div>
      }
    >
      <Tag
        color={color}
        icon={timer.status === "pending" || timer.status === "overdue" ? <ClockCircleOutlined /> : undefined}
        data-testid={`timer-${timer.stage}`}
        data-timer-status={timer.status}
      >
        {stage}
        {text}
      </Tag>
    </Tooltip>
  );
}
