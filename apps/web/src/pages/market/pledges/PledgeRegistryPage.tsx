import { FileAddOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Space, Tabs } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useSession } from "../../../app/auth";
import { PageHeader } from "../../../components/PageHeader";
import { isInstitution, recordsHoldings, servesNeeds } from "../shared/access";
import { HoldingFormModal } from "./HoldingFormModal";
import { HoldingsTable } from "./HoldingsTable";
import { MarginCallPanel } from "./MarginCallPanel";
import { PledgeFormModal } from "./PledgeFormModal";
import { PledgesTable } from "./PledgesTable";
import "../../green/shared/green.css";

/** /market/pledges — 碳资产质押登记: pledges, holdings and margin calls (tab in `?tab=`). */
export default function PledgeRegistryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const kind = session.activeOrg.kind;
  const mayRegister = servesNeeds(kind, session.role);
  const mayRecord = recordsHoldings(kind, session.role);
  const seesMargin = isInstitution(kind) || kind === "district";
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const [recording, setRecording] = useState(false);
  return (
    <div data-testid="page-market-pledges">
      <PageHeader
        title={t("marketDesk.pledges.title")}
        subtitle={kind === "enterprise" ? t("marketDesk.pledges.subtitleEnterprise") : t("marketDesk.pledges.subtitle")}
        extra={
          <Space>
            {mayRecord && (
              <Button
                type="primary"
                icon={<FileAddOutlined />}
                onClick={() => setRecording(true)}
                data-testid="record-holding"
              >
                {t("marketDesk.holdingForm.open")}
              </Button>
            )}
            {mayRegister && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRegistering(true)}
                data-testid="pledge-register"
              >
                {t("marketDesk.pledges.register")}
              </Button>
            )}
          </Space>
        }
      />
      <Card variant="borderless">
        <Tabs
          activeKey={params.get("tab") ?? "pledges"}
          onChange={(tab) => setParams({ tab }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: "pledges",
              label: <span data-testid="pledges-tab-pledges">{t("marketDesk.pledges.tabPledges")}</span>,
              children: <PledgesTable />,
            },
            {
              key: "holdings",
              label: <span data-testid="pledges-tab-holdings">{t("marketDesk.pledges.tabHoldings")}</span>,
              children: <HoldingsTable />,
            },
            ...(seesMargin
              ? [
                  {
                    key: "margin",
                    label: <span data-testid="pledges-tab-margin">{t("marketDesk.pledges.tabMargin")}</span>,
                    children: <MarginCallPanel />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {registering && <PledgeFormModal onClose={() => setRegistering(false)} />}
      {recording && (
        <HoldingFormModal
          forAnyEnterprise={kind === "district"}
          onClose={() => setRecording(false)}
          onRecorded={() => setParams({ tab: "holdings" }, { replace: true })}
        />
      )}
    </div>
  );
}
