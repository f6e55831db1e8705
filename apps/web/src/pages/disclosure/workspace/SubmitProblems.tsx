import type { TIntakeProblem } from "@greenfin/contracts";
import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { problemMessage } from "../shared/problemText";

/** Why the submission was refused, each line a link to its indicator in the form. */
export function SubmitProblems({ problems, onClose }: { problems: readonly TIntakeProblem[]; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (problems.length === 0) return null;
  const jump = (id: string | undefined) => {
    if (!id) return;
    document.getElementById(`item-${id}`)?.scrollIntoView({ behavior: "smooth", block: "center" });
  };
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
      data-testid="submit-problems"
      title={t("disclosure.workflow.submitProblems", { count: problems.length })}
      description={
        <ul className="gf-dsc-problem-list">
          {problems.map((p) => (
            <li key={`${p.code}-${p.indicatorId ?? ""}-${p.dimension ?? ""}-${p.messageZh}`}>
              {p.indicatorId ? (
                <Button
                  type="link"
                  size="small"
                  onClick={() => jump(p.indicatorId)}
                  style={{ padding: 0, height: "auto" }}
                >
                  {problemMessage(p, lang)}
                </Button>
              ) : (
                problemMessage(p, lang)
              )}
            </li>
          ))}
        </ul>
      }
    />
  );
}
