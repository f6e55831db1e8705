import { AimOutlined, DashboardOutlined, FileDoneOutlined, UserOutlined } from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/auth";
import { FINANCIAL_KINDS } from "../../../lib/labels";

type Item = Required<MenuProps>["items"][number];

const CHILD_KEYS = ["/statistics/dashboard", "/statistics/reports", "/statistics/mine", "/statistics/targets"];

/** The side menu's key for a path under /statistics: its sub-page (the dashboard's drill-down pages included). */
export function statisticsMenuKey(pathname: string): string | null {
  if (!pathname.startsWith("/statistics")) return null;
  return CHILD_KEYS.find((k) => pathname === k || pathname.startsWith(`${k}/`)) ?? "/statistics";
}

/** Who sees what: the district the dashboard and the review queue; a reporting institution its reports and its
 * own figures; everyone the targets. */
export function useStatisticsMenuItem(label: (id: string, text: string) => ReactNode, icon: ReactNode): Item {
  const { t } = useTranslation();
  const kind = useSession().activeOrg.kind;
  const district = kind === "district";
  const reporter = FINANCIAL_KINDS.includes(kind);
  const children: Item[] = [
    ...(district
      ? [
          {
            key: "/statistics/dashboard",
            icon: <DashboardOutlined />,
            label: label("statistics-dashboard", t("statDash.nav.dashboard")),
          },
        ]
      : []),
    ...(district || reporter
      ? [
          {
            key: "/statistics/reports",
            icon: <FileDoneOutlined />,
            label: label("statistics-reports", t(district ? "statDash.nav.review" : "statDash.nav.reports")),
          },
        ]
      : []),
    ...(reporter
      ? [{ key: "/statistics/mine", icon: <UserOutlined />, label: label("statistics-mine", t("statDash.nav.mine")) }]
      : []),
    {
      key: "/statistics/targets",
      icon: <AimOutlined />,
      label: label("statistics-targets", t("statDash.nav.targets")),
    },
  ];
  return { key: "statistics", icon, label: label("statistics", t("nav.statistics")), children };
}
