import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/auth";
import { PageHeader } from "../../../components/PageHeader";
import { servesNeeds } from "../shared/access";
import { ApplicationFormModal } from "./ApplicationFormModal";
import { ApplicationsTable } from "./ApplicationsTable";
import { ProgrammeFormModal } from "./ProgrammeFormModal";
import { ProgrammesTable } from "./ProgrammesTable";
import "../../green/shared/green.css";

/** /market/subsidies — 贴息: the district's programmes and their usage, the institutions' applications. */
export default function SubsidiesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const district = session.activeOrg.kind === "district" && (session.role === "admin" || session.role === "analyst");
  const applies = servesNeeds(session.activeOrg.kind, session.role);
  const [dialog, setDialog] = useState<"programme" | "application" | null>(null);
  return (
    <div data-testid="page-market-subsidies">
      <PageHeader
        title={t("marketDesk.subsidies.title")}
        subtitle={t("marketDesk.subsidies.subtitle")}
        extra={
          <Space>
            {district && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDialog("programme")}
                data-testid="subsidy-new-programme"
              >
                {t("marketDesk.subsidies.newProgramme")}
              </Button>
            )}
            {applies && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDialog("application")}
                data-testid="subsidy-apply"
              >
                {t("marketDesk.subsidies.apply")}
              </Button>
            )}
          </Space>
        }
      />
      <Card variant="borderless" title={t("marketDesk.subsidies.programmes")} size="small" style={{ marginBottom: 16 }}>
        <ProgrammesTable manage={district} />
      </Card>
      <Card variant="borderless" title={t("marketDesk.subsidies.applications")} size="small">
        <ApplicationsTable decide={district} />
      </Card>
      {dialog === "programme" && <ProgrammeFormModal onClose={() => setDialog(null)} />}
      {dialog === "application" && <ApplicationFormModal onClose={() => setDialog(null)} />}
    </div>
  );
}
