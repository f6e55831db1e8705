import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useNeeds } from "../../../api/marketNeeds";
import { useSession } from "../../../app/auth";
import { Forbidden } from "../../../components/Forbidden";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { postsNeeds } from "../shared/access";
import { FindKpis } from "./FindKpis";
import { MyNeedsTable } from "./MyNeedsTable";
import { NeedFormDrawer } from "./NeedFormDrawer";
import "../needs-shared/needs.css";

/** /market/find — 找融资: the enterprise's financing needs, their offers, and posting a new one. */
export default function FindFinancePage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [posting, setPosting] = useState(false);
  const mayPost = postsNeeds(session.activeOrg.kind, session.role);
  const q = useNeeds();
  if (session.activeOrg.kind !== "enterprise") return <Forbidden />;
  return (
    <div data-testid="page-market-find">
      <PageHeader
        title={t("market.find.title")}
        subtitle={t("market.find.subtitle")}
        extra={
          mayPost && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)} data-testid="post-need">
              {t("market.find.post")}
            </Button>
          )
        }
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <FindKpis needs={q.data} loading={q.isLoading} />
          <Card variant="borderless" title={t("market.find.myNeeds")}>
            <MyNeedsTable needs={q.data ?? []} loading={q.isLoading} />
          </Card>
        </Space>
      )}
      {posting && (
        <NeedFormDrawer onClose={() => setPosting(false)} onPosted={(id) => navigate(`/market/needs/${id}`)} />
      )}
    </div>
  );
}
