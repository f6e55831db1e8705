import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Col, Row, Skeleton, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import { useNeed } from "../../../api/marketNeeds";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useLang } from "../../../lib/labels";
import { fmtWhen, formatYuan } from "../needs-shared/format";
import { purposeLabel } from "../needs-shared/labels";
import { NeedStatusTag, needIsLive } from "../needs-shared/NeedStatusTag";
import { isInstitution, postsNeeds } from "../shared/access";
import { nameIn } from "../shared/names";
import { ClaimsCard } from "./ClaimsCard";
import { InstitutionPanel } from "./InstitutionPanel";
import { MatchesCard } from "./MatchesCard";
import { NeedSummaryCard } from "./NeedSummaryCard";
import { WithdrawNeedButton } from "./WithdrawNeedButton";
import "../needs-shared/needs.css";

/**
 * /market/needs/:id — one financing need. The enterprise sees its matching with prices and every claim, and chooses
 * an offer; an institution claims it and records its steps and the loan; the district reads everything.
 */
export default function NeedPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const q = useNeed(id);
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const need = q.data;
  if (!need) return <Skeleton active />;
  const kind = session.activeOrg.kind;
  const owner = need.orgId === session.activeOrg.id;
  const institution = isInstitution(kind);
  const mayWithdraw = owner && postsNeeds(kind, session.role) && needIsLive(need.status);

  return (
    <div data-testid="page-market-need" data-need-id={need.id} data-need-status={need.status}>
      <PageHeader
        title={
          <Space wrap>
            <span>
              {t("market.need.title", {
                amount: formatYuan(need.amount, lang),
                purpose: purposeLabel(t, need.purpose),
              })}
            </span>
            <NeedStatusTag status={need.status} />
          </Space>
        }
        subtitle={`${nameIn(need.orgName, need.orgNameEn, lang)} · ${t("market.col.posted")}${t("market.colon")}${fmtWhen(need.postedAt)}`}
        extra={
          <Space>
            <Button
              icon={<ArrowLeftOutlined />}
              onClick={() =>
                kind === "enterprise"
                  ? navigate("/market/find")
                  : institution
                    ? navigate("/market/inbox")
                    : navigate(-1)
              }
            >
              {t("market.need.back")}
            </Button>
            {mayWithdraw && <WithdrawNeedButton need={need} />}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <NeedSummaryCard need={need} />
        {institution ? (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <InstitutionPanel need={need} />
            </Col>
            <Col xs={24} xl={12}>
              <MatchesCard needId={need.id} onlyOrg={session.activeOrg.id} />
            </Col>
          </Row>
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={11}>
              <ClaimsCard need={need} />
            </Col>
            <Col xs={24} xl={13}>
              <MatchesCard needId={need.id} />
            </Col>
          </Row>
        )}
      </Space>
    </div>
  );
}
