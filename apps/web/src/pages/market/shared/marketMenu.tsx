import {
  AuditOutlined,
  FundOutlined,
  InboxOutlined,
  LockOutlined,
  SearchOutlined,
  ShopOutlined,
} from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/auth";
import { isInstitution } from "./access";

type Item = Required<MenuProps>["items"][number];

const PAGES = [
  "/market/find",
  "/market/inbox",
  "/market/products",
  "/market/pledges",
  "/market/subsidies",
  "/market/overview",
];

/** The side menu's key for a path under /market (a need's page belongs to find or inbox). */
export function marketMenuKey(pathname: string, kind: string): string | null {
  if (!pathname.startsWith("/market")) return null;
  const page = PAGES.find((p) => pathname.startsWith(p));
  if (page) return page;
  return kind === "enterprise" ? "/market/find" : "/market/inbox";
}

/** The group "绿色金融超市": each organisation sees the pages its work needs. */
export function useMarketMenuItem(label: (id: string, text: string) => ReactNode, icon: ReactNode): Item {
  const { t } = useTranslation();
  const kind = useSession().activeOrg.kind;
  const entry = (key: string, id: string, itemIcon: ReactNode, text: string) => ({
    key,
    icon: itemIcon,
    label: label(id, text),
  });
  return {
    key: "market",
    icon,
    label: label("marketplace", t("market.nav.group")),
    children: [
      ...(kind === "enterprise"
        ? [entry("/market/find", "market-find", <SearchOutlined />, t("market.nav.find"))]
        : []),
      ...(isInstitution(kind)
        ? [entry("/market/inbox", "market-inbox", <InboxOutlined />, t("market.nav.inbox"))]
        : []),
      ...(kind === "district"
        ? [entry("/market/overview", "market-overview", <FundOutlined />, t("market.nav.overview"))]
        : []),
      entry("/market/products", "market-products", <ShopOutlined />, t("market.nav.products")),
      entry("/market/pledges", "market-pledges", <LockOutlined />, t("market.nav.pledges")),
      entry("/market/subsidies", "market-subsidies", <AuditOutlined />, t("market.nav.subsidies")),
    ],
  };
}
