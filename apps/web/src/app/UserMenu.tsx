import { DownOutlined, LockOutlined, LogoutOutlined } from "@ant-design/icons";
import { Avatar, Dropdown, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { personalName } from "../lib/labels";
import { useAuth, useSession } from "./auth";
import { ChangePasswordModal } from "./ChangePasswordModal";

export function UserMenu() {
  const session = useSession();
  const { logout } = useAuth();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [pwOpen, setPwOpen] = useState(false);
  const initial = (session.user.displayName || session.user.email).trim().charAt(0).toUpperCase();

  return (
    <>
      <Dropdown
        trigger={["click"]}
        placement="bottomRight"
        menu={{
          items: [
            {
              key: "who",
              disabled: true,
              label: (
                <div style={{ lineHeight: 1.4, padding: "2px 0" }}>
                  <div style={{ color: "rgba(0,0,0,0.88)", fontWeight: 500 }}>{session.user.displayName}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {session.user.email}
                  </Typography.Text>
                </div>
              ),
            },
            { type: "divider" },
            {
              key: "password",
              icon: <LockOutlined />,
              label: <span data-testid="change-password">{t("header.changePassword")}</span>,
            },
            {
              key: "logout",
              icon: <LogoutOutlined />,
              danger: true,
              label: <span data-testid="logout">{t("header.logout")}</span>,
            },
          ],
          onClick: async ({ key }) => {
            if (key === "password") setPwOpen(true);
            if (key === "logout") {
              await logout().catch(() => undefined);
              navigate("/login", { replace: true });
            }
          },
        }}
      >
        <button type="button" className="gf-user-trigger" data-testid="user-menu">
          <Space size={8}>
            <Avatar size={30} style={{ background: "#0b6b47" }}>
              {initial}
            </Avatar>
            <span className="gf-user-name">
              <span className="gf-user-display">{personalName(session.user.displayName, session.activeOrg)}</span>
              <span className="gf-user-role">{t(`roles.${session.role}`)}</span>
            </span>
            <DownOutlined style={{ fontSize: 10, color: "rgba(0,0,0,0.45)" }} />
          </Space>
        </button>
      </Dropdown>
      <ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} />
    </>
  );
}
