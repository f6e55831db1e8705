import { CloudOutlined, FundOutlined } from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/auth";
import { pcafAudience } from "./access";

type Item = Required<MenuProps>["items"][number];

/** The side menu's key for a path under /carbon: financed emissions, or the carbon accounts. */
export function carbonMenuKey(pathname: string): string | null {
  if (!pathname.startsWith("/carbon")) return null;
  return pathname === "/carbon/pcaf" || pathname.startsWith("/carbon/pcaf/") ? "/carbon/pcaf" : "/carbon";
}

/**
 * The carbon module's menu entry: for the district and financial institutions a group of the carbon accounts and
 * financed emissions (PCAF); for everyone else the carbon accounts alone.
 */
export function useCarbonMenuItem(label: (id: string, text: string) => ReactNode, icon: ReactNode): Item {
  const { t } = useTranslation();
  const session = useSession();
  if (!pcafAudience(session.activeOrg.kind)) return { key: "/carbon", icon, label: label("carbon", t("nav.carbon")) };
  return {
    key: "carbon",
    icon,
    label: label("carbon", t("nav.carbon")),
    children: [
      { key: "/carbon", icon: <CloudOutlined />, label: label("carbon-accounts", t("pcaf.nav.accounts")) },
      { key: "/carbon/pcaf", icon: <FundOutlined />, label: label("carbon-pcaf", t("pcaf.nav.pcaf")) },
    ],
  };
}
