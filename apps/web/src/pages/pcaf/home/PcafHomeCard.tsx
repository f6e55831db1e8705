import { FundOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Skeleton, Space, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { runInProgress, usePcafBooks } from "../../../api/pcaf";
import { LoadError } from "../../../components/LoadError";
import { fmtDec, fmtPct } from "../shared/format";
import { PcafRunStatusTag, RunProgress } from "../shared/widgets";
import "../shared/pcaf.css";

/** The institution home's financed-emissions card: the latest book's run at a glance; links to /carbon/pcaf. */
export function PcafHomeCard() {
  const { t } = useTranslation();
  const q = usePcafBooks();
  const books = [...(q.data ?? [])].sort((a, b) => b.year - a.year || b.uploadedAt.localeCompare(a.uploadedAt));
  const book = books.find((b) => b.latestRun?.status === "completed") ?? books[0];
  const run = book?.latestRun ?? null;
  return (
    <Card
      variant="borderless"
      title={t("pcaf.home.card")}
      data-testid="home-pcaf"
      style={{ height: "100%" }}
      extra={
        <Link to="/carbon/pcaf">
          <Button type="link" icon={<FundOutlined />} data-testid="home-pcaf-link">
            {t("pcaf.home.open")}
          </Button>
        </Link>
      }
    >
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : !book ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("pcaf.home.none")} data-testid="home-pcaf-ready">
          <Link to="/carbon/pcaf">
            <Button type="primary">{t("pcaf.upload.title")}</Button>
          </Link>
        </Empty>
      ) : !run || runInProgress(run.status) || run.status === "failed" ? (
        <Space orientation="vertical" style={{ width: "100%" }} data-testid="home-pcaf-ready">
          <Space>
            <b>{t("pcaf.yearN", { year: book.year })}</b>
            <span>{book.label}</span>
            {run && <PcafRunStatusTag status={run.status} />}
          </Space>
          {run && runInProgress(run.status) && <RunProgress jobId={run.jobId} compact />}
        </Space>
      ) : (
        <Space size={32} wrap align="start" data-testid="home-pcaf-ready">
          <Statistic
            title={`${t("pcaf.yearN", { year: run.year })} · ${t("pcaf.kpi.financed12")}`}
            value={fmtDec(run.total?.financedScope12Tco2e, 1)}
            suffix={<small className="gf-pcaf-sub">tCO2e</small>}
          />
          <Statistic title={t("pcaf.kpi.coverage")} value={fmtPct(run.total?.coverage)} />
          <Statistic title={t("pcaf.kpi.dq")} value={fmtDec(run.total?.weightedDataQuality, 2)} />
          <Statistic
            title={t("pcaf.kpi.waci")}
            value={fmtDec(run.waci, 2)}
            suffix={<small className="gf-pcaf-sub">{t("pcaf.unit.perRevenue")}</small>}
          />
          <Link to={`/carbon/pcaf/runs/${run.id}`} data-testid="home-pcaf-run">
            <Button>{t("pcaf.books.openRun")}</Button>
          </Link>
        </Space>
      )}
    </Card>
  );
}
