import { CloudUploadOutlined } from "@ant-design/icons";
import { Button, Card, Result, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePcafBooks } from "../../api/pcaf";
import { useSession } from "../../app/auth";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { BooksTable } from "./books/BooksTable";
import { UploadCard } from "./books/UploadCard";
import DistrictPcafView from "./district/DistrictPcafView";
import { canWritePcaf, isLender } from "./shared/access";
import { LatestRunKpis } from "./shared/LatestRunKpis";
import "./shared/pcaf.css";

/** /carbon/pcaf — financed emissions: the district's table of institutions, or an institution's own books. */
export default function PcafHomePage() {
  const session = useSession();
  if (session.activeOrg.kind === "district") return <DistrictPcafView />;
  if (isLender(session.activeOrg.kind)) return <InstitutionHome />;
  return <NotForThisOrg />;
}

function NotForThisOrg() {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" data-testid="page-pcaf-none">
      <Result
        status="info"
        title={t("pcaf.notForOrg")}
        subTitle={t("pcaf.notForOrgHint")}
        extra={
          <Link to="/carbon">
            <Button>{t("pcaf.nav.accounts")}</Button>
          </Link>
        }
      />
    </Card>
  );
}

function InstitutionHome() {
  const { t } = useTranslation();
  const session = useSession();
  const q = usePcafBooks();
  const canUpload = canWritePcaf(session.role);
  const books = q.data ?? [];
  const latest = [...books]
    .filter((b) => b.latestRun?.status === "completed")
    .sort((a, b) => b.year - a.year || b.uploadedAt.localeCompare(a.uploadedAt))[0];

  return (
    <div data-testid="page-pcaf-home">
      <PageHeader
        title={t("pcaf.title")}
        subtitle={t("pcaf.subtitle")}
        extra={
          canUpload && (
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              onClick={() => document.getElementById("pcaf-upload")?.scrollIntoView({ behavior: "smooth" })}
            >
              {t("pcaf.upload.title")}
            </Button>
          )
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {latest?.latestRun && <LatestRunKpis run={latest.latestRun} label={latest.label} />}
        <Card variant="borderless" title={t("pcaf.books.title")}>
          {q.error ? (
            <LoadError error={q.error} onRetry={() => void q.refetch()} />
          ) : (
            <BooksTable books={books} loading={q.isPending} />
          )}
        </Card>
        {canUpload && <UploadCard />}
      </Space>
    </div>
  );
}
