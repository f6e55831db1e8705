import { ArrowLeftOutlined, FileExcelOutlined, TableOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Result, Row, Skeleton, Space, Tabs } from "antd";
import { lazy, Suspense, useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { ApiError } from "../../../api/client";
import { pcafApi, pcafKeys, runInProgress, usePcafRun } from "../../../api/pcaf";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { formatDateTime } from "../../../lib/dates";
import { useLang } from "../../../lib/labels";
import { useDownload } from "../../disclosure/shared/useDownload";
import { RunKpis } from "../shared/RunKpis";
import { PcafRunStatusTag, RunProgress } from "../shared/widgets";
import { BucketTable } from "./BucketTable";
import { ComparisonCard } from "./ComparisonCard";
import { PlatformCard } from "./PlatformCard";
import { PositionsTable } from "./PositionsTable";
import { RunInfoCard } from "./RunInfoCard";
import "../shared/pcaf.css";

const RunCharts = lazy(() => import("./RunCharts"));

/** /carbon/pcaf/runs/:runId — one run of a book: headline figures, charts, tables, positions and downloads. */
export default function PcafRunPage() {
  const { runId = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const qc = useQueryClient();
  const q = usePcafRun(runId);
  const { download, busy } = useDownload();
  const onDone = useCallback(() => void qc.invalidateQueries({ queryKey: pcafKeys.all }), [qc]);
  const r = q.data;
  const exportLang = lang === "en" ? "en" : "zh";
  const completed = r?.status === "completed";
  const back = session.activeOrg.kind === "district" ? `/carbon/pcaf?year=${r?.year ?? ""}` : "/carbon/pcaf";

  const header = (
    <PageHeader
      title={
        <Space wrap>
          {t("pcaf.run.title", { year: r?.year ?? "" })}
          {r && <PcafRunStatusTag status={r.status} />}
        </Space>
      }
      subtitle={
        r
          ? t("pcaf.run.subtitle", {
              reference: r.reference,
              date: formatDateTime(r.completedAt ?? r.startedAt, lang),
            })
          : undefined
      }
      extra={
        <Space wrap>
          <Link to={back}>
            <Button icon={<ArrowLeftOutlined />}>{t("pcaf.run.back")}</Button>
          </Link>
          <Button
            icon={<TableOutlined />}
            disabled={!completed}
            loading={busy === "positions"}
            data-testid="pcaf-download-positions"
            onClick={() =>
              r && void download("positions", pcafApi.positionsUrl(r.id, exportLang), `pcaf-positions-${r.year}.xlsx`)
            }
          >
            {t("pcaf.run.downloadPositions")}
          </Button>
          <Button
            type="primary"
            icon={<FileExcelOutlined />}
            disabled={!completed}
            loading={busy === "jrt"}
            data-testid="pcaf-download-jrt"
            onClick={() => r && void download("jrt", pcafApi.jrtUrl(r.id, exportLang), `JRT0227-${r.year}.xlsx`)}
          >
            {t("pcaf.run.downloadJrt")}
          </Button>
        </Space>
      }
    />
  );

  if (q.error) {
    const missing = q.error instanceof ApiError && q.error.status === 404;
    return (
      <div data-testid="page-pcaf-run">
        {header}
        <Card variant="borderless">
          {missing ? (
            <Result status="404" title={t("pcaf.run.notFound")} />
          ) : (
            <LoadError error={q.error} onRetry={() => void q.refetch()} />
          )}
        </Card>
      </div>
    );
  }
  if (!r)
    return (
      <div data-testid="page-pcaf-run">
        {header}
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </div>
    );

  return (
    <div data-testid="page-pcaf-run">
      {header}
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {runInProgress(r.status) && (
          <Card variant="borderless" data-testid="pcaf-run-running">
            <Alert type="info" showIcon title={t("pcaf.run.running")} style={{ marginBottom: 12 }} />
            <RunProgress key={r.jobId ?? "none"} jobId={r.jobId} onDone={onDone} />
          </Card>
        )}
        {r.status === "failed" && (
          <Alert
            type="error"
            showIcon
            data-testid="pcaf-run-failed"
            title={t("pcaf.run.failed")}
            description={r.error ?? undefined}
          />
        )}
        {completed && (
          <>
            <RunKpis run={r} />
            <Suspense
              fallback={
                <Card variant="borderless">
                  <Skeleton active paragraph={{ rows: 8 }} />
                </Card>
              }
            >
              <RunCharts run={r} />
            </Suspense>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <PlatformCard run={r} />
              </Col>
              <Col xs={24} xl={10}>
                <RunInfoCard run={r} />
              </Col>
            </Row>
            {r.comparison && <ComparisonCard comparison={r.comparison} />}
            <Card variant="borderless" data-testid="pcaf-buckets">
              <Tabs
                items={[
                  {
                    key: "assetClass",
                    label: <span data-testid="pcaf-tab-asset-class">{t("pcaf.run.tabs.assetClass")}</span>,
                    children: (
                      <BucketTable
                        kind="assetClass"
                        buckets={r.byAssetClass.filter((b) => b.positions > 0)}
                        total={r.total}
                        exportName={`pcaf-asset-classes-${r.year}`}
                        testId="pcaf-asset-class-table"
                      />
                    ),
                  },
                  {
                    key: "sector",
                    label: <span data-testid="pcaf-tab-sector">{t("pcaf.run.tabs.sector")}</span>,
                    children: (
                      <BucketTable
                        kind="sector"
                        buckets={r.bySector}
                        total={r.total}
                        exportName={`pcaf-sectors-${r.year}`}
                        testId="pcaf-sector-table"
                      />
                    ),
                  },
                ]}
              />
            </Card>
            <Card
              variant="borderless"
              title={t("pcaf.positions.title")}
              extra={<span className="gf-pcaf-sub">{t("pcaf.positions.hint")}</span>}
            >
              <PositionsTable run={r} />
            </Card>
          </>
        )}
      </Space>
    </div>
  );
}
