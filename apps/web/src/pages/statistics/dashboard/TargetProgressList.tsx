import { CheckCircleFilled, RiseOutlined, WarningOutlined } from "@ant-design/icons";
import type { TStatMetricInfo } from "@greenfin/contracts";
import { Progress, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { formatStat } from "./statFormat";

/** A target with its progress, in the shape both the dashboard and the public page can give. */
export interface TargetItem {
  key: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  baselineYear: number;
  baselineValue: string;
  targetYear: number;
  targetValue: string;
  latestYear: number | null;
  latestValue: string | null;
  progressPercent: string | null;
  achieved: boolean | null;
  projectedValue: string | null;
  onTrack: boolean | null;
  reason: string | null;
}

const asUnit = (u: string): TStatMetricInfo["unit"] =>
  u === "yuan" || u === "count" || u === "percent" || u === "tCO2e" ? u : "count";

/** Each target: baseline → target, the latest value, a progress bar, and whether the linear trend gets there. */
export function TargetProgressList({ items, testId }: { items: TargetItem[]; testId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) return <Typography.Text type="secondary">{t("statDash.targets.noProgress")}</Typography.Text>;
  return (
    <div className="gf-stat-targets" data-testid={testId}>
      {items.map((x) => {
        const unit = asUnit(x.unit);
        const fmt = (v: string | null) => formatStat(v, unit, lang);
        const pct = x.progressPercent === null ? null : Number(x.progressPercent);
        const status = x.achieved
          ? { color: "success", icon: <CheckCircleFilled />, text: t("statDash.targets.achieved") }
          : x.onTrack === true
            ? { color: "processing", icon: <RiseOutlined />, text: t("statDash.targets.onTrack") }
            : x.onTrack === false
              ? { color: "warning", icon: <WarningOutlined />, text: t("statDash.targets.offTrack") }
              : null;
        return (
          <div key={x.key} className="gf-stat-target" data-testid={`target-${x.key}`}>
            <div className="gf-stat-target-head">
              <b>{lang === "en" ? x.nameEn : x.nameZh}</b>
              {status && (
                <Tag color={status.color} icon={status.icon}>
                  {status.text}
                </Tag>
              )}
            </div>
            <div className="gf-stat-target-figures">
              <span>
                {t("statDash.targets.baseline")} {x.baselineYear}: {fmt(x.baselineValue)}
              </span>
              <span>
                {t("statDash.targets.latest")} {x.latestYear ?? ""}: <b>{fmt(x.latestValue)}</b>
              </span>
              <span>
                {t("statDash.targets.target")} {x.targetYear}: <b>{fmt(x.targetValue)}</b>
              </span>
            </div>
            {pct === null ? (
              <Typography.Text type="secondary">{x.reason ?? t("statDash.targets.noProgress")}</Typography.Text>
            ) : (
              <Tooltip
                title={
                  x.projectedValue === null
                    ? x.reason
                    : t("statDash.targets.projected", { year: x.targetYear, value: fmt(x.projectedValue) })
                }
              >
                <Progress
                  percent={Math.max(0, Math.min(100, pct))}
                  format={() => `${x.progressPercent}%`}
                  status={x.achieved ? "success" : x.onTrack === false ? "exception" : "active"}
                  strokeColor={x.achieved ? undefined : x.onTrack === false ? "#d48806" : "#0b5d3f"}
                />
              </Tooltip>
            )}
            {x.projectedValue !== null && (
              <div className="gf-stat-target-proj">
                {t("statDash.targets.projected", { year: x.targetYear, value: fmt(x.projectedValue) })}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
