import {
  AuditOutlined,
  BookOutlined,
  HeatMapOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  StarOutlined,
  WarningOutlined,
} from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useRatingAccess } from "./access";

type Item = Required<MenuProps>["items"][number];

const CHILD_KEYS = ["/rating/overrides", "/rating/district", "/rating/controversies", "/rating/methodologies"];

/** The side menu's key for a path under /rating: its sub-page, or the rating home for runs and results. */
export function ratingMenuKey(pathname: string): string | null {
  if (!pathname.startsWith("/rating")) return null;
  return CHILD_KEYS.find((k) => pathname === k || pathname.startsWith(`${k}/`)) ?? "/rating";
}

/** The rating module's menu entry, its sub-pages depending on what the organisation does with ratings. */
export function useRatingMenuItem(label: (id: string, text: string) => ReactNode, icon: ReactNode): Item {
  const { t } = useTranslation();
  const a = useRatingAccess();
  const home = a.overseer
    ? { key: "/rating", icon: <OrderedListOutlined />, label: label("rating-runs", t("rating.nav.runs")) }
    : a.rated
      ? { key: "/rating", icon: <StarOutlined />, label: label("rating-mine", t("rating.nav.mine")) }
      : {
          key: "/rating",
          icon: <SafetyCertificateOutlined />,
          label: label("rating-granted", t("rating.nav.granted")),
        };
  const children: Item[] = [
    home,
    ...(a.overseer
      ? [
          {
            key: "/rating/overrides",
            icon: <AuditOutlined />,
            label: label("rating-overrides", t("rating.nav.overrides")),
          },
        ]
      : []),
    ...(a.district
      ? [
          {
            key: "/rating/district",
            icon: <HeatMapOutlined />,
            label: label("rating-district", t("rating.nav.district")),
          },
        ]
      : []),
    ...(a.overseer || a.rated
      ? [
          {
            key: "/rating/controversies",
            icon: <WarningOutlined />,
            label: label("rating-controversies", t("rating.nav.controversies")),
          },
        ]
      : []),
    {
      key: "/rating/methodologies",
      icon: <BookOutlined />,
      label: label("rating-methodologies", t("rating.nav.methodologies")),
    },
  ];
  return { key: "rating", icon, label: label("rating", t("nav.rating")), children };
}
