import { ArrowDownOutlined, ArrowUpOutlined } from "@ant-design/icons";
import type { TRatingRun } from "@greenfin/contracts";
import { Col, Row, Space, Statistic, Table, type TableColumnsType, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { RatingChange } from "../../../api/rating";
import { LoadError } from "../../../components/LoadError";
import { orgName, useLang } from "../../../lib/labels";
import { fixed, signed } from "../shared/format";
import { useRunChanges } from "../shared/queries";
import { GradeBadge } from "../shared/widgets";

/** Upgrades and downgrades of the run's final grades against the previous run of the methodology. */
export function ChangesTab({ run }: { run: TRatingRun }) {
  const { t } = useTranslation();
  const lang = useLang();
  const grades = run.gradeCounts.map((g) => g.grade);
  const changes = useRunChanges(run.id);
  if (changes.error) return <LoadError error={changes.error} onRetry={() => void changes.refetch()} />;
  const d = changes.data;
  if (d && !d.previousRunId)
    return <Typography.Paragraph type="secondary">{t("rating.run.noPrevious")}</Typography.Paragraph>;

  const columns: TableColumnsType<RatingChange> = [
    { key: "entity", title: t("rating.field.entity"), render: (_, c) => orgName(c.entity, lang) },
    { key: "industry", title: t("rating.field.industry"), dataIndex: "industryCode", width: 90 },
    {
      key: "grades",
      title: `${t("rating.changes.from")} → ${t("rating.changes.to")}`,
      render: (_, c) => (
        <Space size={6}>
          <GradeBadge grade={c.fromGrade} grades={grades} size="small" />→
          <GradeBadge grade={c.toGrade} grades={grades} size="small" />
        </Space>
      ),
    },
    {
      key: "notches",
      title: t("rating.changes.notches"),
      align: "center",
      render: (_, c) => (
        <span className="gf-num" style={{ color: c.notches > 0 ? "#2e9d5b" : "#d4553f" }}>
          {c.notches > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {signed(c.notches)}
        </span>
      ),
    },
    {
      key: "score",
      title: t("rating.changes.scoreChange"),
      align: "right",
      render: (_, c) => (
        <span className="gf-num">
          {fixed(c.fromScore)} → {fixed(c.toScore)}
        </span>
      ),
    },
  ];
  const table = (rows: RatingChange[] | undefined, testId: string) => (
    <Table<RatingChange>
      rowKey={(c) => c.entity.id}
      size="small"
      columns={columns}
      dataSource={rows}
      loading={changes.isPending}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t("rating.changes.none") }}
      data-testid={testId}
    />
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }} data-testid="run-changes">
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic
            title={t("rating.results.filterChange.upgrade")}
            value={d?.upgrades.length ?? 0}
            valueStyle={{ color: "#2e9d5b" }}
            prefix={<ArrowUpOutlined />}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t("rating.results.filterChange.downgrade")}
            value={d?.downgrades.length ?? 0}
            valueStyle={{ color: "#d4553f" }}
            prefix={<ArrowDownOutlined />}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("rating.changes.unchanged")} value={d?.unchanged ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("rating.changes.newlyRated")} value={d?.newlyRated ?? 0} />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Typography.Title level={5}>
            {t("rating.changes.upgrades", { count: d?.upgrades.length ?? 0 })}
          </Typography.Title>
          {table(d?.upgrades, "changes-upgrades")}
        </Col>
        <Col xs={24} xl={12}>
          <Typography.Title level={5}>
            {t("rating.changes.downgrades", { count: d?.downgrades.length ?? 0 })}
          </Typography.Title>
          {table(d?.downgrades, "changes-downgrades")}
        </Col>
      </Row>
    </Space>
  );
}
