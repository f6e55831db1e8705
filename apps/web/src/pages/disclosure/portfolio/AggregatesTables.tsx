import { Table, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import type { PortfolioAggregates } from "../../../api/disclosure";
import { orgName, useLang } from "../../../lib/labels";
import { DisclosureStatusTag } from "../shared/DisclosureStatusTag";
import { groupDecimal, trimDecimal } from "../shared/payloadText";

type Metric = PortfolioAggregates["metrics"][number];
type Company = PortfolioAggregates["companies"][number];

/** The fund's metrics (sum and ownership-weighted, exact decimals) and which companies have disclosed. */
export function MetricsTable({ metrics }: { metrics: Metric[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unit = (m: Metric) => (lang === "en" ? m.unitEn : m.unitZh);
  return (
    <Table<Metric>
      size="small"
      rowKey="indicatorId"
      dataSource={metrics}
      pagination={false}
      data-testid="aggregates-metrics"
      onRow={(m) => ({ "data-testid": `metric-${m.indicatorId}` }) as object}
      columns={[
        {
          key: "indicator",
          title: t("disclosure.problems.indicator"),
          render: (_, m) => (
            <span>
              <span className="gf-mono">{m.indicatorId}</span> {lang === "en" ? m.nameEn : m.nameZh}
            </span>
          ),
        },
        {
          key: "sum",
          title: t("disclosure.portfolio.sum"),
          align: "right",
          render: (_, m) => <span className="gf-num">{`${groupDecimal(m.sum)} ${unit(m)}`}</span>,
        },
        {
          key: "weighted",
          title: t("disclosure.portfolio.weighted"),
          align: "right",
          render: (_, m) => (
            <Tooltip title={m.trace?.length ? m.trace.map((line) => <div key={line}>{line}</div>) : undefined}>
              <span className="gf-num">{`${groupDecimal(m.ownershipWeighted)} ${unit(m)}`}</span>
            </Tooltip>
          ),
        },
        {
          key: "coverage",
          title: t("disclosure.portfolio.coverage"),
          align: "center",
          render: (_, m) => `${m.reported}/${m.companies}`,
        },
      ]}
    />
  );
}

export function CompaniesTable({ companies }: { companies: Company[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table<Company>
      size="small"
      rowKey={(c) => `${c.companyId}-${c.fundName}`}
      dataSource={companies}
      pagination={false}
      columns={[
        { key: "name", title: t("disclosure.portfolio.company"), render: (_, c) => orgName(c, lang) },
        { key: "fund", title: t("disclosure.portfolio.fund"), dataIndex: "fundName" },
        {
          key: "pct",
          title: t("disclosure.portfolio.ownership"),
          align: "right",
          render: (_, c) => `${trimDecimal(c.ownershipPct)}%`,
        },
        {
          key: "status",
          title: t("disclosure.portfolio.disclosure"),
          render: (_, c) =>
            c.disclosureStatus ? (
              <DisclosureStatusTag status={c.disclosureStatus} />
            ) : (
              <Tag>{t("disclosure.portfolio.notStarted")}</Tag>
            ),
        },
      ]}
    />
  );
}
