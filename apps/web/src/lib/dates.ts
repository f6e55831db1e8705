import dayjs from "dayjs";
import type { Lang } from "../i18n";

export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  const d = dayjs(iso);
  if (!d.isValid()) return iso;
  return d.format(lang === "en" ? "D MMM YYYY HH:mm" : "YYYY-MM-DD HH:mm");
}

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  const d = dayjs(iso);
  if (!d.isValid()) return iso;
  return d.format(lang === "en" ? "D MMM YYYY" : "YYYY年M月D日");
}

export function formatToday(lang: Lang): string {
  return dayjs().format(lang === "en" ? "dddd, D MMMM YYYY" : "YYYY年M月D日 dddd");
}

/** Active / revoked / expired / not yet valid, from the grant's or token's dates. */
export function lifecycle(p: {
  revokedAt: string | null;
  expiresAt: string;
  validFrom?: string;
}): "active" | "revoked" | "expired" | "pending" {
  if (p.revokedAt) return "revoked";
  const now = Date.now();
  if (Date.parse(p.expiresAt) <= now) return "expired";
  if (p.validFrom && Date.parse(p.validFrom) > now) return "pending";
  return "active";
}
