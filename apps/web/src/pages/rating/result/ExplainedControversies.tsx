import { Card, Table, type TableColumnsType, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ControversyExplanation, Explanation } from "../../../api/rating";
import { formatDate } from "../../../lib/dates";
import { useLang } from "../../../lib/labels";
import { bi, fixed, maybe } from "../shared/format";

type Labels = {
  category: (id: string) => string;
  status: (id: string) => string;
};

/** The controversies the rating counted: severity, status factor, decay to the rating date and the deduction. */
export function ExplainedControversies({ x, labels }: { x: Explanation; labels: Labels }) {
  const { t } = useTranslation();
  const lang = useLang();
  const issueName = (id: string) => bi(x.keyIssues.find((k) => k.id === id)?.name, lang);
  const columns: TableColumnsType<ControversyExplanation> = [
    { key: "date", title: t("rating.controversy.date"), render: (_, c) => formatDate(c.date, lang), width: 120 },
    {
      key: "category",
      title: t("rating.controversy.category"),
      render: (_, c) => (
        <div>
          <div>{labels.category(c.category)}</div>
          <div className="gf-sub">→ {issueName(c.keyIssue)}</div>
        </div>
      ),
    },
    {
      key: "severity",
      title: t("rating.controversy.severity"),
      render: (_, c) =>
        t("rating.severityLabel", { level: c.severity, label: maybe(t, `rating.severity.${c.severity}`, "") }),
    },
    { key: "status", title: t("rating.controversy.status"), render: (_, c) => labels.status(c.status) },
    { key: "source", title: t("rating.controversy.source"), dataIndex: "source", ellipsis: true },
    {
      key: "age",
      title: t("rating.result.ageDays"),
      align: "right",
      render: (_, c) => t("rating.result.days", { count: c.ageDays }),
    },
    {
      key: "sev",
      title: t("rating.result.severityDeduction"),
      align: "right",
      render: (_, c) => fixed(c.severityDeduction),
    },
    { key: "sf", title: t("rating.result.statusFactor"), align: "right", render: (_, c) => `× ${c.statusFactor}` },
    {
      key: "decay",
      title: t("rating.result.decayFactor"),
      align: "right",
      render: (_, c) => (c.decayFactor === null ? "—" : `× ${fixed(c.decayFactor, 4)}`),
    },
    {
      key: "deduction",
      title: t("rating.result.deduction"),
      align: "right",
      render: (_, c) => (
        <div>
          <b style={{ color: Number(c.deduction) > 0 ? "#d4553f" : undefined }} className="gf-num">
            −{fixed(c.deduction)}
          </b>
          {c.flags.map((f) => (
            <div key={f}>
              <Tag style={{ fontSize: 11, marginInlineEnd: 0 }}>{maybe(t, `rating.flag.${f}`, f)}</Tag>
            </div>
          ))}
        </div>
      ),
    },
  ];
  return (
    <Card variant="borderless" title={t("rating.result.controversies")} data-testid="result-controversies">
      <div className="gf-sub" style={{ marginBottom: 12 }}>
        {t("rating.result.controversiesHint")}
      </div>
      <Table<ControversyExplanation>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={x.controversies}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t("rating.result.noControversies") }}
      />
    </Card>
  );
}
