import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import "dayjs/locale/en";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en";
import enCarbon from "./en.carbon";
import enDisclosure from "./en.disclosure";
import enGreen from "./en.green";
import enMarket from "./en.market";
import enMarketDesk from "./en.marketDesk";
import enPcaf from "./en.pcaf";
import enRating from "./en.rating";
import enStatistics from "./en.statistics";
import enStatisticsDashboard from "./en.statisticsDashboard";
import zhCN, { type Messages } from "./zh-CN";
import zhCNCarbon, { type CarbonMessages } from "./zh-CN.carbon";
import zhCNDisclosure, { type DisclosureMessages } from "./zh-CN.disclosure";
import zhCNGreen, { type GreenMessages } from "./zh-CN.green";
import zhCNMarket, { type MarketMessages } from "./zh-CN.market";
import zhCNMarketDesk, { type MarketDeskMessages } from "./zh-CN.marketDesk";
import zhCNPcaf, { type PcafMessages } from "./zh-CN.pcaf";
import zhCNRating, { type RatingMessages } from "./zh-CN.rating";
import zhCNStatistics, { type StatisticsMessages } from "./zh-CN.statistics";
import zhCNStatisticsDashboard, { type StatisticsDashboardMessages } from "./zh-CN.statisticsDashboard";

export type Lang = "zh-CN" | "en";
export const LANGS: readonly Lang[] = ["zh-CN", "en"];
const STORAGE_KEY = "greenfin.lang";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: Messages &
        DisclosureMessages &
        RatingMessages &
        CarbonMessages &
        PcafMessages &
        GreenMessages &
        MarketMessages &
        MarketDeskMessages &
        StatisticsMessages &
        StatisticsDashboardMessages;
    };
  }
}

/** The language chosen in this browser, if any (null means "never chosen": follow the account). */
export function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === "en" || v === "zh-CN" ? v : null;
  } catch {
    return null;
  }
}

function applyLang(lang: Lang): void {
  dayjs.locale(lang === "en" ? "en" : "zh-cn");
  document.documentElement.lang = lang;
  document.title = lang === "en" ? "GreenFin 绿金通" : "绿金通 GreenFin";
}

const initial: Lang = storedLang() ?? "zh-CN";
applyLang(initial);

void i18n.use(initReactI18next).init({
  resources: {
    "zh-CN": {
      translation: {
        ...zhCN,
        ...zhCNDisclosure,
        ...zhCNRating,
        ...zhCNCarbon,
        ...zhCNPcaf,
        ...zhCNGreen,
        ...zhCNMarket,
        ...zhCNMarketDesk,
        ...zhCNStatistics,
        ...zhCNStatisticsDashboard,
      },
    },
    en: {
      translation: {
        ...en,
        ...enDisclosure,
        ...enRating,
        ...enCarbon,
        ...enPcaf,
        ...enGreen,
        ...enMarket,
        ...enMarketDesk,
        ...enStatistics,
        ...enStatisticsDashboard,
      },
    },
  },
  lng: initial,
  fallbackLng: "zh-CN",
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export function currentLang(): Lang {
  return i18n.language === "en" ? "en" : "zh-CN";
}

/** Switch the UI language and remember it in this browser. */
export function setLang(lang: Lang, remember = true): void {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      /* private mode: keep it for this page only */
    }
  }
  applyLang(lang);
  void i18n.changeLanguage(lang);
}

export default i18n;
