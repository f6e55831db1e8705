import {
  AppstoreOutlined,
  BarChartOutlined,
  CloudOutlined,
  FileTextOutlined,
  ShopOutlined,
  StarOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";

/** The business modules of the platform (built one by one; until then each shows its overview). */
export const MODULES = ["disclosure", "rating", "carbon", "projects", "marketplace", "statistics"] as const;
export type ModuleKey = (typeof MODULES)[number];

export const MODULE_ICONS: Record<ModuleKey, ReactNode> = {
  disclosure: <FileTextOutlined />,
  rating: <StarOutlined />,
  carbon: <CloudOutlined />,
  projects: <AppstoreOutlined />,
  marketplace: <ShopOutlined />,
  statistics: <BarChartOutlined />,
};
