import { CheckOutlined, CloseOutlined, HourglassOutlined } from "@ant-design/icons";
import type { TRatingOverride } from "@greenfin/contracts";
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDateTime } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { useRatingAccess } from "../shared/access";
import { DEFAULT_GRADES, signed } from "../shared/format";
import { GradeBadge, OverrideStatusTag } from "../shared/widgets";
import { DecideModal, type Decision } from "./DecideModal";

/**
 * Overrides with their rationale and decision. A reviewer other than the proposer approves or rejects a pending one;
 * the proposer sees their own as awaiting a second reviewer (the server refuses them too).
 */
export function OverridesTable({
  overrides,
  loading,
  emptyText,
  runLabel,
}: {
  overrides: TRatingOverride[] | undefined;
  loading?: boolean;
  emptyText?: string;
  /** Shows a run column, with the run's label from its id. */
  runLabel?: (runId: string) => string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const a = useRatingAccess();
  const [decision, setDecision] = useState<Decision | null>(null);

  const columns: TableColumnsType<TRatingOverride> = [
    {
      key: "entity",
      title: t("rating.field.entity"),
      render: (_, o) => (
        <Link to={`/rating/results/${o.resultId}`} data-testid="override-entity">
          {orgName(o.entity, lang)}
        </Link>
      ),
    },
    ...(runLabel
      ? [
          {
            key: "run",
            title: t("rating.review.run"),
            render: (_: unknown, o: TRatingOverride) => <Link to={`/rating/runs/${o.runId}`}>{runLabel(o.runId)}</Link>,
          },
        ]
      : []),
    {
      key: "grades",
      title: t("rating.review.gradeChange"),
      render: (_, o) => (
        <Space size={6} className="gf-num">
          <GradeBadge grade={o.computedGrade} grades={DEFAULT_GRADES} size="small" />→
          <GradeBadge grade={o.toGrade} grades={DEFAULT_GRADES} size="small" testId="override-to-grade" />
          <Tag color={o.notches > 0 ? "green" : "volcano"} style={{ marginInlineEnd: 0 }}>
            {signed(o.notches)}
          </Tag>
        </Space>
      ),
    },
    {
      key: "rationale",
      title: t("rating.review.rationale"),
      width: 340,
      render: (_, o) => (
        <Typography.Paragraph
          style={{ marginBottom: 0, whiteSpace: "pre-wrap" }}
          ellipsis={{ rows: 3, expandable: true, symbol: t("common.detail") }}
        >
          {o.rationale}
        </Typography.Paragraph>
      ),
    },
    {
      key: "proposer",
      title: t("rating.review.proposer"),
      render: (_, o) => (
        <div>
          <div>{o.proposedBy}</div>
          <div className="gf-sub gf-num">{formatDateTime(o.proposedAt, lang)}</div>
        </div>
      ),
    },
    {
      key: "status",
      title: t("rating.field.status"),
      render: (_, o) => (
        <div>
          <OverrideStatusTag status={o.status} />
          {o.decidedBy && (
            <div className="gf-sub" style={{ marginTop: 4 }}>
              {t("rating.review.decidedBy", { name: o.decidedBy, at: formatDateTime(o.decidedAt, lang) })}
            </div>
          )}
          {o.decisionNote && <div className="gf-basis">{o.decisionNote}</div>}
        </div>
      ),
    },
    {
      key: "actions",
      title: t("rating.review.decision"),
      render: (_, o) => {
        if (o.status !== "pending") return null;
        if (a.agency && o.proposedById === a.userId)
          return (
            <Tag icon={<HourglassOutlined />} color="processing" data-testid="override-awaiting">
              {t("rating.review.awaitingOther")}
            </Tag>
          );
        if (!a.canReview) return <span className="gf-sub">{t("rating.review.awaitingOther")}</span>;
        return (
          <Space>
            <Button
              type="primary"
              size="small"
              icon={<CheckOutlined />}
              onClick={() => setDecision({ override: o, decision: "approve" })}
              data-testid="override-approve"
            >
              {t("rating.review.approve")}
            </Button>
            <Button
              danger
              size="small"
              icon={<CloseOutlined />}
              onClick={() => setDecision({ override: o, decision: "reject" })}
              data-testid="override-reject"
            >
              {t("rating.review.reject")}
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <Table<TRatingOverride>
        rowKey="id"
        columns={columns}
        dataSource={overrides}
        loading={loading}
        size="middle"
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: emptyText ?? t("rating.review.empty") }}
      />
      <DecideModal value={decision} onClose={() => setDecision(null)} />
    </>
  );
}
