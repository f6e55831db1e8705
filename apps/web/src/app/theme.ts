import type { ThemeConfig } from "antd";

/** Brand palette: a deep, bank-like green with restrained accents. */
export const BRAND = {
  primary: "#0b6b47",
  primaryDark: "#074a32",
  siderBg: "#062a1e",
  siderItemSelected: "#0b6b47",
  accent: "#3fb984",
  gold: "#c9a227",
  pageBg: "#f3f6f4",
} as const;

export const CHART_COLORS = [
  "#0b6b47",
  "#3fb984",
  "#1d7fb8",
  "#c9a227",
  "#7a5cc1",
  "#e07b39",
  "#5aa9a0",
  "#9aa5b1",
] as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.primary,
    colorLink: BRAND.primary,
    colorSuccess: "#2e9d5b",
    colorInfo: "#1d7fb8",
    colorBgLayout: BRAND.pageBg,
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: {
      siderBg: BRAND.siderBg,
      headerBg: "#ffffff",
      headerHeight: 60,
      headerPadding: "0 24px",
      triggerBg: "#04201a",
    },
    Menu: {
      darkItemBg: BRAND.siderBg,
      darkSubMenuItemBg: "#04211a",
      darkItemSelectedBg: BRAND.siderItemSelected,
      darkItemColor: "rgba(255,255,255,0.72)",
      darkItemHoverColor: "#ffffff",
      itemBorderRadius: 6,
    },
    Card: { headerFontSize: 15 },
    Table: { headerBg: "#f5f8f6", headerColor: "#33413a" },
    Statistic: { contentFontSize: 28 },
  },
};
