import { ExclamationCircleFilled, InfoCircleFilled, WarningFilled } from "@ant-design/icons";
import type { TStatProblem } from "@greenfin/contracts";
import { useLang } from "../../../../lib/labels";

const ICON = { error: <ExclamationCircleFilled />, warning: <WarningFilled />, note: <InfoCircleFilled /> };
const COLOR = { error: "#cf1322", warning: "#ad6800", note: "#5b6b63" };

/** The server's problems with one figure, in the UI language, right under its field. */
export function FieldProblems({ problems, testId }: { problems: readonly TStatProblem[] | undefined; testId: string }) {
  const lang = useLang();
  // Notes (a skipped cross-check) stay in the cross-checks table; under a field they would only be noise.
  const shown = problems?.filter((p) => p.severity !== "note") ?? [];
  if (!shown.length) return null;
  return (
    <div data-testid={testId} style={{ marginTop: 4, fontSize: 12, lineHeight: 1.5 }}>
      {shown.map((p) => (
        <div key={`${p.code}-${p.check ?? ""}-${p.messageZh}`} style={{ color: COLOR[p.severity] }}>
          {ICON[p.severity]} {lang === "en" ? p.messageEn : p.messageZh}
        </div>
      ))}
    </div>
  );
}

/** The worst severity of a cell's problems, as an input status. */
export function statusOf(problems: readonly TStatProblem[] | undefined): "error" | "warning" | undefined {
  if (problems?.some((p) => p.severity === "error")) return "error";
  if (problems?.some((p) => p.severity === "warning")) return "warning";
  return undefined;
}
