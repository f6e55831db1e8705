import { BankOutlined, CloudOutlined, PieChartOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { Card, Col, Empty, Row, Skeleton, Space } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { type TDistrictPcafRow, useDistrictPcaf } from "../../../api/pcaf";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { KpiCard } from "../../../components/KpiCard";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { institutionTypeLabel } from "../../../lib/institutionTypes";
import { useLang } from "../../../lib/labels";
import { cmpDec, defaultPcafYear, fmtDec, fmtPct, fmtT, fmtYuan, fmtYuanShort, sumDec, xlsNum } from "../shared/format";
import { PcafYearSelect } from "../shared/PcafYearSelect";
import { bi, DqScore, th } from "../shared/widgets";
import "../shared/pcaf.css";

const DistrictChart = lazy(() => import("./DistrictChart"));

const yearChoices = () => {
  const last = defaultPcafYear();
  return [last + 1, last, last - 1, last - 2, last - 3].filter((y) => y <= new Date().getFullYear());
};

/** The district's view: every institution's latest completed run for a year, compared side by side. */
export default function DistrictPcafView() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || defaultPcafYear();
  const q = useDistrictPcaf(year);
  const rows = q.data ?? [];
  const financed = sumDec(rows.map((r) => r.financedScope12Tco2e));
  const outstanding = sumDec(rows.map((r) => r.outstanding));

  const columns: ExportColumn<TDistrictPcafRow>[] = [
    {
      key: "name",
      ...th(t("pcaf.district.col.institution")),
      exportValue: (r) => bi(r, lang),
      sorter: (a, b) => bi(a, lang).localeCompare(bi(b, lang)),
      render: (_, r) => (
        <Link to={`/carbon/pcaf/runs/${r.runId}`} data-testid="pcaf-district-run-link">
          {bi(r, lang)}
        </Link>
      ),
    },
    {
      key: "type",
      ...th(t("pcaf.district.col.type")),
      exportValue: (r) => institutionTypeLabel(r.institutionType, lang),
      render: (_, r) => institutionTypeLabel(r.institutionType, lang),
    },
    {
      key: "positions",
      ...th(t("pcaf.district.col.positions")),
      dataIndex: "positions",
      align: "right",
      sorter: (a, b) => a.positions - b.positions,
      render: (n: number) => <span className="gf-pcaf-num">{n.toLocaleString("en-US")}</span>,
    },
    {
      key: "financed",
      ...th(t("pcaf.district.col.financed")),
      align: "right",
      defaultSortOrder: "descend",
      sorter: (a, b) => cmpDec(a.financedScope12Tco2e, b.financedScope12Tco2e),
      exportValue: (r) => xlsNum(r.financedScope12Tco2e),
      render: (_, r) => <span className="gf-pcaf-num">{fmtT(r.financedScope12Tco2e)}</span>,
    },
    {
      key: "outstanding",
      ...th(t("pcaf.district.col.outstanding")),
      align: "right",
      sorter: (a, b) => cmpDec(a.outstanding, b.outstanding),
      exportValue: (r) => xlsNum(r.outstanding),
      render: (_, r) => <span className="gf-pcaf-num">{fmtYuan(r.outstanding)}</span>,
    },
    {
      key: "coverage",
      ...th(t("pcaf.district.col.coverage")),
      align: "right",
      sorter: (a, b) => cmpDec(a.coverage, b.coverage),
      exportValue: (r) => xlsNum(r.coverage),
      render: (_, r) => <span className="gf-pcaf-num">{fmtPct(r.coverage)}</span>,
    },
    {
      key: "dq",
      ...th(t("pcaf.district.col.dq")),
      align: "center",
      sorter: (a, b) => cmpDec(a.weightedDataQuality, b.weightedDataQuality),
      exportValue: (r) => xlsNum(r.weightedDataQuality),
      render: (_, r) => <DqScore value={r.weightedDataQuality} />,
    },
    {
      key: "waci",
      ...th(t("pcaf.district.col.waci")),
      align: "right",
      sorter: (a, b) => cmpDec(a.waci, b.waci),
      exportValue: (r) => xlsNum(r.waci),
      render: (_, r) => <span className="gf-pcaf-num">{fmtDec(r.waci, 2)}</span>,
    },
  ];

  return (
    <div data-testid="page-pcaf-district">
      <PageHeader
        title={t("pcaf.district.title")}
        subtitle={t("pcaf.district.subtitle")}
        extra={<PcafYearSelect value={year} years={yearChoices()} onChange={(y) => setParams({ year: String(y) })} />}
      />
      {q.error ? (
        <Card variant="borderless">
          <LoadError error={q.error} onRetry={() => void q.refetch()} />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} xl={6}>
              <KpiCard
                testId="pcaf-district-count"
                icon={<BankOutlined />}
                color="#2f6fb0"
                label={t("pcaf.district.kpi.institutions")}
                value={rows.length}
                loading={q.isPending}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <KpiCard
                testId="pcaf-district-financed"
                icon={<CloudOutlined />}
                color="#0b6b47"
                label={t("pcaf.district.kpi.financed")}
                value={fmtDec(financed, 1)}
                unit="tCO2e"
                loading={q.isPending}
                small
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <KpiCard
                testId="pcaf-district-outstanding"
                icon={<PieChartOutlined />}
                color="#3fb984"
                label={t("pcaf.district.kpi.outstanding")}
                value={fmtYuanShort(outstanding, lang)}
                loading={q.isPending}
                small
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <KpiCard
                testId="pcaf-district-intensity"
                icon={<UnorderedListOutlined />}
                color="#7a5cc1"
                label={t("pcaf.district.kpi.reported")}
                value={rows.reduce((n, r) => n + r.positions, 0).toLocaleString("en-US")}
                foot={t("pcaf.district.kpi.reportedFoot")}
                loading={q.isPending}
              />
            </Col>
          </Row>
          <Card variant="borderless" title={t("pcaf.district.chart", { year })}>
            {q.isPending ? (
              <Skeleton active />
            ) : rows.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("pcaf.district.empty", { year })} />
            ) : (
              <Suspense fallback={<Skeleton active />}>
                <DistrictChart rows={rows} />
              </Suspense>
            )}
          </Card>
          <Card variant="borderless" title={t("pcaf.district.table", { year })}>
            <ExportableTable<TDistrictPcafRow>
              className="gf-pcaf-table"
              rowKey="runId"
              size="middle"
              loading={q.isPending}
              exportName={`pcaf-district-${year}`}
              columns={columns}
              dataSource={rows}
              scroll={{ x: "max-content" }}
              data-testid="pcaf-district-table"
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("pcaf.district.empty", { year })} />
                ),
              }}
            />
          </Card>
        </Space>
      )}
    </div>
  );
}
