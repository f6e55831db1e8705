import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/auth";
import { PageHeader } from "../../components/PageHeader";
import { formatToday } from "../../lib/dates";
import { personalName, useLang } from "../../lib/labels";

/** "上午好，张三" with today's date; the same header on every home page. */
export function HomeGreeting({ extra, subtitle }: { extra?: ReactNode; subtitle?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const h = new Date().getHours();
  const greeting = t(h < 12 ? "common.goodMorning" : h < 18 ? "common.goodAfternoon" : "common.goodEvening");
  return (
    <PageHeader
      title={t("home.welcome", { greeting, name: personalName(session.user.displayName, session.activeOrg) })}
      subtitle={subtitle ?? t("home.today", { date: formatToday(lang) })}
      extra={extra}
    />
  );
}
