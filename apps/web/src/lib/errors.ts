import type { FormInstance } from "antd";
import { App } from "antd";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { useLang } from "./labels";

/** Turn a server problem path ("body.nameZh", "/members/0/email") into an antd form name path. */
function toNamePath(path: string): (string | number)[] {
  return path
    .replace(/^\/+/, "")
    .replace(/^body[./]/, "")
    .split(/[./]/)
    .filter(Boolean)
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/**
 * Show an API error: field problems go onto the form when one is given (and match its fields),
 * everything else becomes a toast with the server's already-localised message.
 */
export function useShowError() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const lang = useLang();
  return useCallback(
    (err: unknown, form?: FormInstance) => {
      if (err instanceof ApiError) {
        if (err.status === 0) {
          void message.error(t("errors.network"));
          return;
        }
        const problems = err.problems;
        if (form && problems.length > 0) {
          const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
          const onForm = problems.filter((p) => known.has(String(toNamePath(p.path)[0])));
          form.setFields(
            onForm.map((p) => ({ name: toNamePath(p.path), errors: [lang === "en" ? p.messageEn : p.messageZh] })),
          );
          const rest = problems.filter((p) => !onForm.includes(p));
          if (rest.length === 0) return;
          void message.error(rest.map((p) => `${p.path}: ${lang === "en" ? p.messageEn : p.messageZh}`).join("; "));
          return;
        }
        if (err.status === 403 && !err.message) {
          void message.error(t("common.noPermission"));
          return;
        }
        void message.error(err.message || t("errors.unknown"));
        return;
      }
      void message.error(t("errors.unknown"));
    },
    [message, t, lang],
  );
}
