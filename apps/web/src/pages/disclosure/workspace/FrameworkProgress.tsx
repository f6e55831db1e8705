import type { TCompleteness } from "@greenfin/contracts";
import { Progress, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

/** Per framework: mandatory items filled or explained (x/y) and all items (x/y). */
export function FrameworkProgress({
  completeness,
  names,
}: {
  completeness: readonly TCompleteness[];
  names: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  return (
    <div className="gf-dsc-progress" data-testid="framework-progress">
      {completeness.map((c) => (
        <div key={c.framework} className="gf-dsc-progress-item" data-testid={`progress-${c.framework}`}>
          <Tooltip title={names[c.framework]}>
            <div className="gf-dsc-progress-name">{c.framework}</div>
          </Tooltip>
          <div className="gf-dsc-progress-line">
            <span className="gf-dsc-progress-label">{t("disclosure.progress.mandatory")}</span>
            {c.mandatoryTotal === 0 ? (
              <span className="gf-dsc-progress-none">{t("disclosure.progress.noMandatory")}</span>
            ) : (
              <Progress
                percent={c.mandatoryPct}
                size="small"
                strokeColor={c.mandatoryFilled >= c.mandatoryTotal ? "#2e9d5b" : "#c0392b"}
                format={() => `${c.mandatoryFilled}/${c.mandatoryTotal}`}
              />
            )}
          </div>
          {c.explained > 0 && (
            <div className="gf-dsc-progress-explained">
              {t("disclosure.progress.explained", { count: c.explained })}
            </div>
          )}
          <div className="gf-dsc-progress-line">
            <span className="gf-dsc-progress-label">{t("disclosure.progress.all")}</span>
            <Progress percent={c.allPct} size="small" format={() => `${c.allFilled}/${c.allTotal}`} />
          </div>
        </div>
      ))}
    </div>
  );
}
