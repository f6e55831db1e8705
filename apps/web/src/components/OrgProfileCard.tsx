import { BankOutlined } from "@ant-design/icons";
import { Card, Skeleton, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useOrg } from "../api/hooks";
import { useSession } from "../app/auth";
import { orgName, useLang } from "../lib/labels";
import { LoadError } from "./LoadError";
import { OrgDetails } from "./OrgDetails";
import { OrgKindTag } from "./OrgKindTag";

/** The active organisation's own profile. */
export function OrgProfileCard({ column = 2 }: { column?: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { activeOrg } = useSession();
  const { data: org, error, isPending, refetch } = useOrg(activeOrg.id);
  const other = lang === "en" ? activeOrg.nameZh : activeOrg.nameEn;

  return (
    <Card
      variant="borderless"
      style={{ height: "100%" }}
      data-testid="org-profile"
      title={
        <Space size={10}>
          <span className="gf-quick-icon" style={{ width: 34, height: 34 }}>
            <BankOutlined />
          </span>
          <span>{t("org.profile")}</span>
        </Space>
      }
    >
      <div style={{ marginBottom: 16 }}>
        <Space size={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {orgName(activeOrg, lang)}
          </Typography.Title>
          <OrgKindTag kind={activeOrg.kind} />
        </Space>
        <div style={{ color: "rgba(0,0,0,0.45)", marginTop: 2 }}>{other}</div>
      </div>
      {isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <OrgDetails org={org} column={column} showNames={false} />
      )}
    </Card>
  );
}
