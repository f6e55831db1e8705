import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemsTable } from "./ProblemsTable";
import type { ImportOutcome } from "./useImport";

/** After an upload: what was saved and its warnings, or why nothing was saved. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === "saved") {
    const { result } = outcome;
    return (
      <>
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="import-result"
          title={t("disclosure.import.savedTitle", { file: outcome.fileName })}
          description={t("disclosure.import.savedSummary", {
            count: result.saved,
            warnings: result.warnings.length,
          })}
        />
        {result.warnings.length > 0 && (
          <ProblemsTable problems={result.warnings} exportName="import-warnings" testId="import-warnings" />
        )}
      </>
    );
  }
  const errors = outcome.problems.filter((p) => p.severity === "error").length;
  return (
    <>
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={t("disclosure.import.refusedTitle", { file: outcome.fileName })}
        description={t("disclosure.import.refusedSummary", {
          errors,
          warnings: outcome.problems.length - errors,
        })}
      />
      <ProblemsTable problems={outcome.problems} exportName="import-problems" testId="import-problems" />
    </>
  );
}
