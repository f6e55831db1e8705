import { MenuFoldOutlined, MenuUnfoldOutlined } from "@ant-design/icons";
import { Button, Layout, Space, Spin, Tooltip } from "antd";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router-dom";
import { BrandMark } from "../components/BrandMark";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { OrgKindTag } from "../components/OrgKindTag";
import { orgName, useLang } from "../lib/labels";
import { useSession } from "./auth";
import { OrgSwitcher } from "./OrgSwitcher";
import { SideMenu } from "./SideMenu";
import { UserMenu } from "./UserMenu";

const COLLAPSE_KEY = "greenfin.siderCollapsed";

export function AppLayout() {
  const session = useSession();
  const { t } = useTranslation();
  const lang = useLang();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSE_KEY) === "1");
  const toggle = () => {
    setCollapsed((c) => {
      localStorage.setItem(COLLAPSE_KEY, c ? "0" : "1");
      return !c;
    });
  };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider width={236} collapsedWidth={72} collapsed={collapsed} trigger={null} className="gf-sider">
        <Link to="/" className="gf-logo" aria-label={t("app.fullName")}>
          <BrandMark size={34} light />
          {!collapsed && (
            <span className="gf-logo-text">
              <span className="gf-logo-zh">绿金通</span>
              <span className="gf-logo-en">GreenFin</span>
            </span>
          )}
        </Link>
        <SideMenu collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="gf-header">
          <Space size={12} style={{ minWidth: 0 }}>
            <Tooltip title={collapsed ? t("header.expand") : t("header.collapse")}>
              <Button type="text" onClick={toggle} icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />} />
            </Tooltip>
            <span className="gf-org-name" data-testid="active-org">
              {orgName(session.activeOrg, lang)}
            </span>
            <OrgKindTag kind={session.activeOrg.kind} />
          </Space>
          <Space size={8}>
            <OrgSwitcher />
            <LanguageSwitch />
            <UserMenu />
          </Space>
        </Layout.Header>
        <Layout.Content className="gf-content">
          <Suspense
            fallback={
              <div style={{ padding: 80, textAlign: "center" }}>
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer className="gf-footer">{t("app.copyright")}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
