import type { TCompleteness } from "@greenfin/contracts";
import { Progress, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

/** One small bar per framework: mandatory items filled (or explained) out of all mandatory items. */
export function CompletenessBars({ completeness }: { completeness: readonly TCompleteness[] }) {
  const { t } = useTranslation();
  return (
    <div className="gf-dsc-bars">
      {completeness.map((c) => (
        <Tooltip
          key={c.framework}
          title={t("disclosure.progress.tooltip", {
            framework: c.framework,
            mFilled: c.mandatoryFilled,
            mTotal: c.mandatoryTotal,
            explained: c.explained,
            aFilled: c.allFilled,
            aTotal: c.allTotal,
          })}
        >
          <div className="gf-dsc-bar">
            <span className="gf-dsc-bar-label">{c.framework}</span>
            {c.mandatoryTotal === 0 ? (
              <span className="gf-dsc-progress-none">{t("disclosure.progress.noMandatory")}</span>
            ) : (
              <Progress
                // Filled in green; explained ("not disclosed because …") in gold on top of it.
                percent={Math.min(100, Math.round(((c.mandatoryFilled + c.explained) / c.mandatoryTotal) * 1000) / 10)}
                success={{ percent: c.mandatoryPct, strokeColor: "#0b6b47" }}
                size="small"
                strokeColor="#d4a72c"
                format={() => `${c.mandatoryFilled}/${c.mandatoryTotal}`}
              />
            )}
          </div>
        </Tooltip>
      ))}
    </div>
  );
}
