import { EditOutlined, RollbackOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Popconfirm, Row, Skeleton, Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import { greenApi, greenKeys, useGreenProject } from "../../../api/green";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { ClassificationPanel } from "../shared/ClassificationPanel";
import { named } from "../shared/format";
import { StageTag } from "../shared/StageTag";
import { BenefitsCard } from "./BenefitsCard";
import { CertificationCard } from "./CertificationCard";
import { DocumentsCard } from "./DocumentsCard";
import { EventTimeline } from "./EventTimeline";
import { FinancingsCard } from "./FinancingsCard";
import { ProjectDetailsCard } from "./ProjectDetailsCard";
import { ReviewCard } from "./ReviewCard";
import "../shared/green.css";

/** /green/projects/:id — one project: its evidence, certification, financings, benefits and history. */
export default function ProjectPage() {
  const { t } = useTranslation();
  const colon = t("green.colon");
  const lang = useLang();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const q = useGreenProject(id);
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data;
  if (!p) return <Skeleton active />;

  const withdraw = async () => {
    try {
      await greenApi.withdraw(p.id);
      void message.success(t("green.project.withdrawn"));
      await qc.invalidateQueries({ queryKey: greenKeys.all });
    } catch (e) {
      showError(e);
    }
  };

  return (
    <div data-testid="page-green-project" data-project-id={p.id}>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="green-project-name">{p.name}</span>
            <StageTag stage={p.stage} />
            {p.blue && <Tag color="blue">{t("green.project.blue")}</Tag>}
            {p.transition && <Tag color="orange">{t("green.project.transition")}</Tag>}
          </Space>
        }
        subtitle={
          <span>
            <span className="gf-green-mono" data-testid="green-project-ref">
              {p.refNo}
            </span>{" "}
            · {t("green.project.owner")}
            {colon}
            {named(p.owner, lang)}
          </span>
        }
        extra={
          <Space>
            {p.can.edit && (
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/green/projects/${p.id}/edit`)}
                data-testid="green-project-edit"
              >
                {t("green.project.edit")}
              </Button>
            )}
            {p.can.withdraw && (
              <Popconfirm title={t("green.project.withdrawConfirm")} onConfirm={() => void withdraw()}>
                <Button icon={<RollbackOutlined />} data-testid="green-project-withdraw">
                  {t("green.project.withdraw")}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: "100%" }}>
            <ProjectDetailsCard p={p} />
            <CertificationCard p={p} />
            <BenefitsCard p={p} />
            <Card variant="borderless" title={t("green.project.classification")}>
              <div className="gf-green-sub" style={{ marginBottom: 8 }}>
                {t("green.project.classificationHint")}
              </div>
              <ClassificationPanel classification={p.classification} description={p.description} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: "100%" }}>
            {p.can.review && <ReviewCard p={p} />}
            <FinancingsCard p={p} />
            <DocumentsCard p={p} />
            <EventTimeline p={p} />
          </Space>
        </Col>
      </Row>
    </div>
  );
}
