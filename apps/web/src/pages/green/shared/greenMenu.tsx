import { BankOutlined, DatabaseOutlined } from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/auth";
import { seesFinancings } from "./access";

type Item = Required<MenuProps>["items"][number];

/** The side menu's key for a path under /green. */
export function greenMenuKey(pathname: string): string | null {
  if (pathname.startsWith("/green/financings")) return "/green/financings";
  if (pathname.startsWith("/green")) return "/green/projects";
  return null;
}

/** The group "绿色识别与项目库": the library for everyone, the financings for institutions and the district. */
export function useGreenMenuItem(label: (id: string, text: string) => ReactNode, icon: ReactNode): Item {
  const { t } = useTranslation();
  const session = useSession();
  return {
    key: "green",
    icon,
    label: label("green", t("green.nav.group")),
    children: [
      { key: "/green/projects", icon: <DatabaseOutlined />, label: label("green-projects", t("green.nav.projects")) },
      ...(seesFinancings(session.activeOrg.kind)
        ? [
            {
              key: "/green/financings",
              icon: <BankOutlined />,
              label: label("green-financings", t("green.nav.financings")),
            },
          ]
        : []),
    ],
  };
}
