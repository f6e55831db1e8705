import { LineChartOutlined } from "@ant-design/icons";
import type { TBenefitReportRow, TGreenProjectDetail } from "@greenfin/contracts";
import { Button, Card, Collapse, Empty, Segmented, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { BenefitResultTable } from "../shared/BenefitResultTable";
import { fmtDec, fmtPct, named } from "../shared/format";
import { BenefitChart } from "./BenefitChart";
import { ReportBenefitsModal } from "./ReportBenefitsModal";

interface Row {
  rowKey: string;
  key: string;
  year: number;
  name: string;
  unit: string;
  expected: string | null;
  actual: string;
  ratio: string | null;
}

/** Expected benefits (per year) against each reported year's actuals: a chart, a table and each computation. */
export function BenefitsCard({ p }: { p: TGreenProjectDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const totals = p.expectedResult?.totals ?? p.benefitReports[0]?.result.totals ?? [];
  const keys = [...new Map(totals.map((x) => [x.key, x])).values()];
  const [chosen, setChosen] = useState<string | undefined>();
  const current = keys.find((k) => k.key === chosen) ?? keys.find((k) => k.key === "co2_reduction_t") ?? keys[0];
  const nameOf = (key: string) => {
    const n = totals.find((x) => x.key === key);
    return n ? named(n, lang) : key;
  };
  const rows: Row[] = p.benefitReports.flatMap((r: TBenefitReportRow) =>
    r.againstExpected.map((a) => ({ ...a, rowKey: `${r.year}-${a.key}`, year: r.year, name: nameOf(a.key) })),
  );

  return (
    <Card
      variant="borderless"
      title={t("green.project.benefits")}
      data-testid="green-benefits"
      extra={
        p.can.reportBenefits && (
          <Button
            type="primary"
            size="small"
            icon={<LineChartOutlined />}
            onClick={() => setOpen(true)}
            data-testid="green-report-benefits"
          >
            {t("green.project.reportBenefits")}
          </Button>
        )
      }
    >
      {p.benefitReports.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("green.project.noReports")} />
      ) : (
        <>
          {keys.length > 1 && (
            <Segmented
              size="small"
              value={current?.key}
              onChange={(k) => setChosen(String(k))}
              options={keys.map((k) => ({ value: k.key, label: named(k, lang) }))}
            />
          )}
          {current && <BenefitChart p={p} keyName={current.key} unit={current.unit} />}
          <Table<Row>
            size="small"
            rowKey="rowKey"
            pagination={false}
            dataSource={rows}
            data-testid="green-benefit-vs"
            columns={[
              { key: "year", title: t("green.project.year"), dataIndex: "year" },
              { key: "name", title: t("green.benefit.output"), render: (_, r) => `${r.name} (${r.unit})` },
              {
                key: "expected",
                title: t("green.project.expected"),
                align: "right",
                render: (_, r) => <span className="gf-green-num">{fmtDec(r.expected, 2, 0)}</span>,
              },
              {
                key: "actual",
                title: t("green.project.actual"),
                align: "right",
                render: (_, r) => (
                  <span className="gf-green-num" data-testid="green-benefit-actual">
                    {fmtDec(r.actual, 2, 0)}
                  </span>
                ),
              },
              {
                key: "ratio",
                title: t("green.project.ratio"),
                align: "right",
                render: (_, r) => <span className="gf-green-num">{fmtPct(r.ratio)}</span>,
              },
            ]}
          />
        </>
      )}
      <Collapse
        ghost
        style={{ marginTop: 8 }}
        items={[
          ...(p.expectedResult
            ? [
                {
                  key: "expected",
                  label: t("green.project.expectedOnly"),
                  children: <BenefitResultTable report={p.expectedResult} testId="green-expected-result" />,
                },
              ]
            : []),
          ...p.benefitReports.map((r) => ({
            key: r.id,
            label: `${t("green.project.actual")} · ${r.year}${r.reportedBy ? ` · ${r.reportedBy}` : ""}`,
            children: (
              <>
                {r.note && <p>{r.note}</p>}
                <BenefitResultTable report={r.result} />
              </>
            ),
          })),
        ]}
      />
      {open && <ReportBenefitsModal p={p} onClose={() => setOpen(false)} />}
    </Card>
  );
}
