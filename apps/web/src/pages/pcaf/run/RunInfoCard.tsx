import { Card, Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import type { TPcafRunDetail } from "../../../api/pcaf";
import { formatDateTime } from "../../../lib/dates";
import { useLang } from "../../../lib/labels";
import { Hash } from "../shared/widgets";

/** Which reference version the run used, when it ran, and the hashes that make it reproducible. */
export function RunInfoCard({ run }: { run: TPcafRunDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card variant="borderless" title={t("pcaf.run.info")} style={{ height: "100%" }} data-testid="pcaf-run-info">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: "year", label: t("pcaf.run.year"), children: t("pcaf.yearN", { year: run.year }) },
          {
            key: "reference",
            label: t("pcaf.run.reference"),
            children: <span className="gf-pcaf-mono">{run.reference}</span>,
          },
          { key: "started", label: t("pcaf.run.startedAt"), children: formatDateTime(run.startedAt, lang) },
          { key: "completed", label: t("pcaf.run.completedAt"), children: formatDateTime(run.completedAt, lang) },
          { key: "inputs", label: t("pcaf.run.inputsHash"), children: <Hash hash={run.inputsHash} /> },
          {
            key: "result",
            label: t("pcaf.run.resultHash"),
            children: <Hash hash={run.resultHash} testId="pcaf-result-hash" />,
          },
        ]}
      />
      <div className="gf-pcaf-sub" style={{ marginTop: 8, lineHeight: 1.6 }}>
        {t("pcaf.run.hashNote")}
      </div>
    </Card>
  );
}
