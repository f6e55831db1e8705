import {
  AuditOutlined,
  BankOutlined,
  HomeOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Menu, type MenuProps } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { MODULE_ICONS, MODULES } from "../lib/modules";
import { greenMenuKey, useGreenMenuItem } from "../pages/green/shared/greenMenu";
import { marketMenuKey, useMarketMenuItem } from "../pages/market/shared/marketMenu";
import { carbonMenuKey, useCarbonMenuItem } from "../pages/pcaf/shared/carbonMenu";
import { ratingMenuKey, useRatingMenuItem } from "../pages/rating/shared/ratingMenu";
import { statisticsMenuKey, useStatisticsMenuItem } from "../pages/statistics/dashboard/statisticsMenu";
import { useSession } from "./auth";

type Item = Required<MenuProps>["items"][number];

/** The module navigation; each label carries a `nav-<module>` test id. */
export function SideMenu({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const session = useSession();
  const districtAdmin = session.activeOrg.kind === "district" && session.role === "admin";

  const label = (id: string, text: string) => <span data-testid={`nav-${id}`}>{text}</span>;
  const ratingItem = useRatingMenuItem(label, MODULE_ICONS.rating);
  const carbonItem = useCarbonMenuItem(label, MODULE_ICONS.carbon);
  const greenItem = useGreenMenuItem(label, MODULE_ICONS.projects);
  const marketItem = useMarketMenuItem(label, MODULE_ICONS.marketplace);
  const statisticsItem = useStatisticsMenuItem(label, MODULE_ICONS.statistics);
  const adminChildren: Item[] = [
    ...(districtAdmin
      ? [{ key: "/admin/orgs", icon: <BankOutlined />, label: label("admin-orgs", t("nav.orgs")) }]
      : []),
    { key: "/admin/members", icon: <TeamOutlined />, label: label("admin-members", t("nav.members")) },
    { key: "/admin/tokens", icon: <KeyOutlined />, label: label("admin-tokens", t("nav.tokens")) },
    { key: "/admin/grants", icon: <SafetyCertificateOutlined />, label: label("admin-grants", t("nav.grants")) },
    { key: "/admin/audit", icon: <AuditOutlined />, label: label("admin-audit", t("nav.audit")) },
  ];
  const items: Item[] = [
    { key: "/", icon: <HomeOutlined />, label: label("home", t("nav.home")) },
    ...MODULES.map((m) =>
      m === "rating"
        ? ratingItem
        : m === "carbon"
          ? carbonItem
          : m === "projects"
            ? greenItem
            : m === "marketplace"
              ? marketItem
              : m === "statistics"
                ? statisticsItem
                : { key: `/${m}`, icon: MODULE_ICONS[m], label: label(m, t(`nav.${m}`)) },
    ),
    { key: "admin", icon: <SettingOutlined />, label: label("admin", t("nav.admin")), children: adminChildren },
  ];

  const selected =
    ratingMenuKey(pathname) ??
    carbonMenuKey(pathname) ??
    greenMenuKey(pathname) ??
    marketMenuKey(pathname, session.activeOrg.kind) ??
    statisticsMenuKey(pathname) ??
    (pathname === "/" ? "/" : (pathname.match(/^\/admin\/[a-z]+|^\/[a-z]+/)?.[0] ?? pathname));
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      defaultOpenKeys={
        collapsed
          ? []
          : [
              "admin",
              ...(pathname.startsWith("/rating") ? ["rating"] : []),
              ...(pathname.startsWith("/carbon") ? ["carbon"] : []),
              ...(pathname.startsWith("/green") ? ["green"] : []),
              ...(pathname.startsWith("/market") ? ["market"] : []),
              ...(pathname.startsWith("/statistics") ? ["statistics"] : []),
            ]
      }
      onClick={(e) => {
        if (e.key !== pathname) navigate(e.key);
      }}
      style={{ borderInlineEnd: 0, paddingInline: 4 }}
    />
  );
}
