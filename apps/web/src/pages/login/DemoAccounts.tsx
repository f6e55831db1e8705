import { Button, Collapse, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { KIND_COLORS, type OrgKind } from "../../lib/labels";

export const DEMO_PASSWORD = "GreenFin-2026!";
const ROLES = ["admin", "analyst", "reviewer", "viewer"] as const;
/** E-mail domain part → organisation kind. */
const DEMO_KINDS: ReadonlyArray<[string, OrgKind]> = [
  ["district", "district"],
  ["bank", "bank"],
  ["insurer", "insurer"],
  ["wealth", "wealth_manager"],
  ["fund", "fund_manager"],
  ["enterprise", "enterprise"],
  ["rating", "rating_agency"],
  ["verifier", "verifier"],
];

/** The collapsible "演示账号" hint; clicking a role fills the login form. */
export function DemoAccounts({ onPick }: { onPick: (email: string, password: string) => void }) {
  const { t } = useTranslation();
  const body = (
    <div data-testid="demo-accounts">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t("login.demoHint")}
        <br />
        {t("login.demoPassword")}{" "}
        <Typography.Text code copyable style={{ whiteSpace: "nowrap" }}>
          {DEMO_PASSWORD}
        </Typography.Text>
        <br />
        {t("login.demoClick")}
      </Typography.Paragraph>
      <div className="gf-demo-grid">
        {DEMO_KINDS.map(([domain, kind]) => (
          <div key={domain} className="gf-demo-row">
            <Tag color={KIND_COLORS[kind]} className="gf-demo-kind">
              {t(`kinds.${kind}`)}
            </Tag>
            <Space size={2} wrap>
              {ROLES.map((role) => (
                <Button
                  key={role}
                  size="small"
                  type="link"
                  title={`${role}@${domain}.demo`}
                  data-testid={`demo-${role}-${domain}`}
                  onClick={() => onPick(`${role}@${domain}.demo`, DEMO_PASSWORD)}
                >
                  {t(`roles.${role}`)}
                </Button>
              ))}
            </Space>
          </div>
        ))}
      </div>
    </div>
  );
  return (
    <Collapse
      size="small"
      ghost
      className="gf-demo"
      items={[
        {
          key: "demo",
          label: (
            <span data-testid="demo-toggle">
              {t("login.demoTitle")}
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {"<role>@<kind>.demo"}
              </Typography.Text>
            </span>
          ),
          children: body,
        },
      ]}
    />
  );
}
