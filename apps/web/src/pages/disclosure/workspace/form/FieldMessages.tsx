import { ExclamationCircleFilled, WarningFilled } from "@ant-design/icons";
import type { TIntakeProblem } from "@greenfin/contracts";
import { useLang } from "../../../../lib/labels";
import { shortMessage } from "../../shared/problemText";

/** The server's verdict on one row, in the UI language: errors in red, warnings (year-on-year jumps …) in yellow. */
export function FieldMessages({ problems, suffix }: { problems: readonly TIntakeProblem[]; suffix: string }) {
  const lang = useLang();
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  return (
    <>
      {errors.length > 0 && (
        <div className="gf-dsc-msg gf-dsc-msg-error" data-testid={`field-error${suffix}`}>
          {errors.map((p) => (
            <div key={`${p.code}-${p.messageZh}`}>
              <ExclamationCircleFilled /> {shortMessage(p, lang)}
            </div>
          ))}
        </div>
      )}
      {warnings.length > 0 && (
        <div className="gf-dsc-msg gf-dsc-msg-warning" data-testid={`field-warning${suffix}`}>
          {warnings.map((p) => (
            <div key={`${p.code}-${p.messageZh}`}>
              <WarningFilled /> {shortMessage(p, lang)}
            </div>
          ))}
        </div>
      )}
    </>
  );
}
