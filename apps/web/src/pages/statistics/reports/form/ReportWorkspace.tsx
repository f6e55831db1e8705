import { CloudDownloadOutlined, SaveOutlined, SendOutlined } from "@ant-design/icons";
import type { TStatProblem, TStatReport, TStatTemplate } from "@greenfin/contracts";
import { Alert, Button, Card, Col, Row, Space, Tag } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useSession } from "../../../../app/auth";
import { PageHeader } from "../../../../components/PageHeader";
import { useLang } from "../../../../lib/labels";
import { cellKey } from "../shared/figures";
import { named, STAT_ARTICLE_ORDER } from "../shared/labels";
import { StatStatusTag } from "../shared/StatStatusTag";
import { ArticleNav } from "./ArticleNav";
import { useBreakdownItems } from "./breakdownItems";
import { CrossChecksCard } from "./CrossChecksCard";
import { DecisionButtons } from "./DecisionButtons";
import { MetricTable } from "./MetricTable";
import { ProblemsSummary } from "./ProblemsSummary";
import { problemsByCell } from "./problemMap";
import { RevisionsCard } from "./RevisionsCard";
import { StatusNotice } from "./StatusNotice";
import { useReportActions } from "./useReportActions";
import { useReportDraft } from "./useReportDraft";

/** The form of one report (new or saved): figures by article, its problems, checks, revisions and the actions. */
export function ReportWorkspace({
  template,
  period,
  report,
}: {
  template: TStatTemplate;
  period: string;
  report: TStatReport | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const district = session.activeOrg.kind === "district";
  const canWrite = !district && (session.role === "admin" || session.role === "analyst");
  const editable = canWrite && report?.status !== "submitted";
  const draft = useReportDraft(report);
  const [problems, setProblems] = useState<TStatProblem[]>(report?.problems ?? []);
  useEffect(() => setProblems(report?.problems ?? []), [report]);
  const actions = useReportActions({ template, period, report, draft, setProblems });
  const items = useBreakdownItems();
  const byCell = useMemo(() => problemsByCell(problems), [problems]);
  const inForce = useMemo(
    () =>
      report?.acceptedValues ? new Map(report.acceptedValues.map((v) => [cellKey(v.metric, v.item), v.value])) : null,
    [report],
  );
  const org = report
    ? lang === "en"
      ? report.orgNameEn || report.orgName
      : report.orgName
    : named(session.activeOrg, lang);

  const extra = editable ? (
    <Space wrap>
      {template.metrics.some((m) => m.prefill) && (
        <Button
          icon={<CloudDownloadOutlined />}
          loading={actions.busy === "prefill"}
          onClick={() => void actions.prefill()}
          data-testid="prefill"
        >
          {t("statistics.form.prefill")}
        </Button>
      )}
      <Button
        icon={<SaveOutlined />}
        loading={actions.busy === "save"}
        onClick={() => void actions.save()}
        data-testid="save-draft"
      >
        {t("statistics.form.saveDraft")}
      </Button>
      <Button
        type="primary"
        icon={<SendOutlined />}
        loading={actions.busy === "submit"}
        onClick={() => void actions.submit()}
        data-testid="submit-report"
      >
        {t("statistics.form.submit")}
      </Button>
    </Space>
  ) : district && report?.status === "submitted" ? (
    <DecisionButtons busy={actions.busy === "decide"} onDecide={actions.decide} />
  ) : null;

  return (
    <div data-testid="page-stat-report">
      <PageHeader
        title={`${named(template, lang)} · ${period}`}
        subtitle={
          <Space size={6} wrap>
            <Link to="/statistics/reports">{t("statistics.form.back")}</Link>
            <span>·</span>
            <span>{org}</span>
            {report ? <StatStatusTag status={report.status} /> : <Tag>{t("statistics.form.notSaved")}</Tag>}
            {report && <span>{t("statistics.form.revisionOf", { revision: report.revision })}</span>}
            {draft.dirty && <Tag color="orange">{t("statistics.form.unsaved")}</Tag>}
          </Space>
        }
        extra={extra}
      />
      <StatusNotice report={report} district={district} canWrite={canWrite} />
      <ProblemsSummary problems={problems} template={template} />
      <ArticleNav template={template} />
      {STAT_ARTICLE_ORDER.map((article) => {
        const metrics = template.metrics.filter((m) => m.article === article);
        if (metrics.length === 0) return null;
        return (
          <Card
            key={article}
            id={`article-${article}`}
            variant="borderless"
            size="small"
            style={{ marginBottom: 16 }}
            title={t(`statistics.article.${article}`)}
            data-testid={`article-${article}`}
          >
            <MetricTable
              metrics={metrics}
              items={items}
              cells={draft.cells}
              prefilled={draft.prefilled}
              problems={byCell}
              inForce={inForce}
              editable={editable}
              orgKind={district ? null : session.activeOrg.kind}
              onChange={draft.setValue}
            />
          </Card>
        );
      })}
      {report && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={12}>
            <CrossChecksCard report={report} template={template} />
          </Col>
          <Col xs={24} xxl={12}>
            <RevisionsCard report={report} />
          </Col>
        </Row>
      )}
      {!report && !editable && <Alert type="info" showIcon title={t("statistics.form.nothingYet")} />}
    </div>
  );
}
