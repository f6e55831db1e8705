import { FileTextOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Skeleton, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { CompletenessBars } from "../disclosure/shared/CompletenessBars";
import { DisclosureStatusTag } from "../disclosure/shared/DisclosureStatusTag";
import { useDisclosureList } from "../disclosure/shared/queries";

/** An organisation's latest ESG disclosure on its home page: status and what each framework still asks for. */
export function DisclosureProgressCard() {
  const { t } = useTranslation();
  const list = useDisclosureList("own");
  const latest = [...(list.data ?? [])].sort((a, b) => b.period.year - a.period.year)[0];
  return (
    <Card
      variant="borderless"
      title={t("home.disclosureProgress")}
      data-testid="home-disclosure-progress"
      extra={
        <Link to={latest ? `/disclosure/${latest.id}` : "/disclosure"}>
          <Button type="link" icon={<FileTextOutlined />}>
            {latest ? t("home.openDisclosure") : t("home.startDisclosure")}
          </Button>
        </Link>
      }
      style={{ height: "100%" }}
    >
      {list.isPending ? (
        <Skeleton active />
      ) : !latest ? (
        <Empty description={t("home.noDisclosure")} />
      ) : (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Space>
            <Typography.Text strong>{t("home.disclosureYear", { year: latest.period.year })}</Typography.Text>
            <DisclosureStatusTag status={latest.status} />
          </Space>
          <CompletenessBars completeness={latest.completeness} />
        </Space>
      )}
    </Card>
  );
}
