import { BookOutlined, CloudUploadOutlined } from "@ant-design/icons";
import type { TRatingRun } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Skeleton, Space, Tabs, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { ratingApi } from "../../../api/rating";
import { JobProgress } from "../../../components/JobProgress";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { formatDate, formatDateTime } from "../../../lib/dates";
import { useShowError } from "../../../lib/errors";
import { orgName, useLang } from "../../../lib/labels";
import { OverridesTable } from "../overrides/OverridesTable";
import { useRatingAccess } from "../shared/access";
import { bi, methodologyPath } from "../shared/format";
import { rk, useOverrides, useRun } from "../shared/queries";
import { HashText, RunStatusTag } from "../shared/widgets";
import { ChangesTab } from "./ChangesTab";
import { GradeDistributionChart } from "./GradeDistributionChart";
import { ResultsTable } from "./ResultsTable";

/** Publish, for the agency's reviewers: disabled (with the reason) while overrides are pending or for analysts. */
function PublishButton({ run }: { run: TRatingRun }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const a = useRatingAccess();
  const publish = useMutation({
    mutationFn: () => ratingApi.publish(run.id),
    onSuccess: () => {
      void message.success(t("rating.run.published"));
      void qc.invalidateQueries({ queryKey: rk.all });
    },
    onError: (e) => showError(e),
  });
  if (!a.agency || run.org.id !== a.orgId || run.status === "published") return null;
  const reason = !a.canPublish
    ? t("rating.run.publishRoleHint")
    : run.status !== "completed"
      ? t("rating.run.publishStatusHint")
      : run.pendingOverrides > 0
        ? t("rating.run.publishPendingHint", { count: run.pendingOverrides })
        : null;
  const button = (
    <Button
      type="primary"
      icon={<CloudUploadOutlined />}
      disabled={!!reason}
      loading={publish.isPending}
      data-testid="run-publish"
    >
      {t("rating.run.publish")}
    </Button>
  );
  if (reason)
    return (
      <Tooltip title={reason}>
        <span data-testid="run-publish-disabled">{button}</span>
      </Tooltip>
    );
  return (
    <Popconfirm
      title={t("rating.run.publish")}
      description={<div style={{ maxWidth: 320 }}>{t("rating.run.publishConfirm")}</div>}
      onConfirm={() => publish.mutate()}
      okButtonProps={{ "data-testid": "run-publish-confirm" }}
    >
      {button}
    </Popconfirm>
  );
}

function Summary({ run }: { run: TRatingRun }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card variant="borderless" title={t("rating.run.summary")} style={{ height: "100%" }} data-testid="run-summary">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: "org", label: t("rating.field.org"), children: orgName(run.org, lang) },
          {
            key: "methodology",
            label: t("rating.field.methodology"),
            children: (
              <Link to={methodologyPath(run.methodology)}>
                {bi(run.methodologyName, lang)} <span className="gf-mono">{run.methodology}</span>
              </Link>
            ),
          },
          { key: "asOf", label: t("rating.field.asOf"), children: formatDate(run.asOf, lang) },
          { key: "count", label: t("rating.field.entityCount"), children: run.entityCount.toLocaleString() },
          {
            key: "created",
            label: t("rating.field.createdBy"),
            children: `${run.createdBy ?? "—"} · ${formatDateTime(run.createdAt, lang)}`,
          },
          ...(run.publishedAt
            ? [
                {
                  key: "published",
                  label: t("rating.field.publishedBy"),
                  children: `${run.publishedBy ?? "—"} · ${formatDateTime(run.publishedAt, lang)}`,
                },
              ]
            : []),
          {
            key: "previous",
            label: t("rating.field.previousRun"),
            children: run.previousRunId ? (
              <Link to={`/rating/runs/${run.previousRunId}`}>{t("rating.runs.open")}</Link>
            ) : (
              t("rating.run.noPrevious")
            ),
          },
        ]}
      />
      <div className="gf-hashes" style={{ marginTop: 12 }} data-testid="run-hashes">
        <span className="gf-sub">{t("rating.hash.methodology")}</span>
        <HashText hash={run.methodologyHash} />
        <span className="gf-sub">{t("rating.hash.inputs")}</span>
        <HashText hash={run.inputsHash} />
        <span className="gf-sub">{t("rating.hash.result")}</span>
        <HashText hash={run.resultHash} testId="run-result-hash" />
      </div>
      <div className="gf-hash-note">{t("rating.hash.explain")}</div>
    </Card>
  );
}

/** /rating/runs/:id — a run's summary, its grade distribution, its results, changes and overrides. */
export default function RunPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const a = useRatingAccess();
  const run = useRun(id);
  const overrides = useOverrides("all", a.overseer);
  if (run.error) return <LoadError error={run.error} onRetry={() => void run.refetch()} />;
  const r = run.data;
  if (!r) return <Skeleton active paragraph={{ rows: 12 }} />;
  const ready = r.status === "completed" || r.status === "published";
  const runOverrides = (overrides.data ?? []).filter((o) => o.runId === r.id);

  return (
    <div data-testid="page-rating-run">
      <PageHeader
        title={
          <Space>
            {t("rating.run.title", { methodology: bi(r.methodologyName, lang), year: r.periodYear })}
            <RunStatusTag status={r.status} />
          </Space>
        }
        subtitle={`${orgName(r.org, lang)} · ${t("rating.field.asOf")} ${formatDate(r.asOf, lang)}`}
        extra={
          <Space>
            <Link to={methodologyPath(r.methodology)}>
              <Button icon={<BookOutlined />}>{t("rating.run.methodologyLink")}</Button>
            </Link>
            <PublishButton run={r} />
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {r.status === "running" && (
          <Card variant="borderless">
            <Alert type="info" showIcon title={t("rating.run.running")} style={{ marginBottom: 12 }} />
            {r.jobId && (
              <JobProgress jobId={r.jobId} onDone={() => void qc.invalidateQueries({ queryKey: rk.run(r.id) })} />
            )}
          </Card>
        )}
        {r.status === "failed" && (
          <Alert type="error" showIcon title={t("rating.run.failed", { error: r.error ?? "" })} />
        )}
        {r.pendingOverrides > 0 && r.status === "completed" && (
          <Alert
            type="warning"
            showIcon
            data-testid="run-pending-banner"
            title={t("rating.run.pendingBanner", { count: r.pendingOverrides })}
            action={
              <Link to="/rating/overrides">
                <Button size="small">{t("rating.run.reviewQueue")}</Button>
              </Link>
            }
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <Summary run={r} />
          </Col>
          <Col xs={24} xl={14}>
            <Card variant="borderless" title={t("rating.run.distributionTitle")} style={{ height: "100%" }}>
              <GradeDistributionChart counts={r.gradeCounts} height={340} />
            </Card>
          </Col>
        </Row>
        {ready && (
          <Card variant="borderless">
            <Tabs
              destroyOnHidden
              items={[
                {
                  key: "results",
                  label: <span data-testid="run-tab-results">{t("rating.run.tabs.results")}</span>,
                  children: <ResultsTable run={r} />,
                },
                ...(a.overseer
                  ? [
                      {
                        key: "changes",
                        label: <span data-testid="run-tab-changes">{t("rating.run.tabs.changes")}</span>,
                        children: <ChangesTab run={r} />,
                      },
                      {
                        key: "overrides",
                        label: (
                          <span data-testid="run-tab-overrides">
                            {t("rating.run.tabs.overrides")} {runOverrides.length > 0 ? `(${runOverrides.length})` : ""}
                          </span>
                        ),
                        children: <OverridesTable overrides={runOverrides} loading={overrides.isPending} />,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        )}
      </Space>
    </div>
  );
}
