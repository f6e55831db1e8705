import { Alert, Descriptions, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useLinkedAssessment } from "../../../api/marketNeeds";
import { useLang } from "../../../lib/labels";
import { fmtBp, fmtRate } from "../needs-shared/format";

interface KpiRow {
  kpi: string;
  target: string;
  observed: string | null;
  outcome: "met" | "missed" | "not_reported";
  stepBp: number;
  why: string;
}
interface TestRow {
  date: string;
  year: number;
  kpis: KpiRow[];
  stepBp: number;
  cumulativeBp: number;
}

const OUTCOME_COLOR = { met: "green", missed: "red", not_reported: "orange" } as const;

/** A funded sustainability-linked loan: baseline, each anniversary's KPI test, the cumulative step and the rate now. */
export function LinkedLoanPanel({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error } = useLinkedAssessment(claimId);
  if (error || !data) return null;
  const tests = ((data.assessment as { tests?: TestRow[] } | null)?.tests ?? []).map((x) => ({ ...x, key: x.date }));
  return (
    <div data-testid="linked-loan" style={{ marginTop: 8 }}>
      <Descriptions size="small" column={1} title={t("market.linked.title")}>
        <Descriptions.Item label={t("market.linked.baseline")}>
          {data.baseline
            ? `${data.baseline.value} tCO₂/${t("market.linked.perWan")} · ${t("market.linked.fromAccount", { source: data.baseline.source.replace("carbon account", "").trim() })}`
            : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.linked.rateNow")}>
          <b data-testid="linked-rate-now">{fmtRate(data.ratePercentNow)}</b>
          <span className="gf-mk-sub">
            {" "}
            = {fmtRate(data.offeredRatePercent)} {fmtBp(data.cumulativeStepBp)}
          </span>
        </Descriptions.Item>
      </Descriptions>
      {data.note && <Alert type="info" showIcon message={lang === "en" ? data.note.en : data.note.zh} />}
      {tests.length > 0 && (
        <Table<TestRow & { key: string }>
          size="small"
          pagination={false}
          dataSource={tests}
          columns={[
            { key: "date", title: t("market.linked.testDate"), render: (_, r) => `${r.date} (${r.year})` },
            {
              key: "kpis",
              title: t("market.linked.kpis"),
              render: (_, r) =>
                r.kpis.map((k) => (
                  <div key={k.kpi}>
                    <Tag color={OUTCOME_COLOR[k.outcome]}>{t(`market.linked.outcome.${k.outcome}`)}</Tag>
                    {k.observed ?? "—"} / {k.target}
                  </div>
                )),
            },
            { key: "step", title: t("market.linked.step"), render: (_, r) => fmtBp(r.stepBp) },
            { key: "cum", title: t("market.linked.cumulative"), render: (_, r) => fmtBp(r.cumulativeBp) },
          ]}
        />
      )}
    </div>
  );
}
