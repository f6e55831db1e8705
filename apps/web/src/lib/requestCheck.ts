import type { FormInstance } from "antd";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

interface Issue {
  path: PropertyKey[];
  code: string;
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  input?: unknown;
}

/** A request schema from @greenfin/contracts. */
export interface RequestSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

/**
 * Check a request body against its contract before sending it, putting any problem on the form field
 * in the UI language; returns the parsed body, or null when something is wrong.
 */
export function useRequestCheck() {
  const { t } = useTranslation();
  return useCallback(
    <T>(schema: RequestSchema<T>, body: unknown, form: FormInstance): T | null => {
      const r = schema.safeParse(body);
      if (r.success) return r.data;
      const text = (i: Issue): string => {
        const isText = i.origin === "string" || i.origin === "array";
        if (i.code === "invalid_type" && (i.input === undefined || i.input === null)) return t("validation.required");
        if (i.code === "too_small")
          return isText
            ? t("validation.tooShort", { min: Number(i.minimum) })
            : t("validation.tooSmall", { min: Number(i.minimum) });
        if (i.code === "too_big")
          return isText
            ? t("validation.tooLong", { max: Number(i.maximum) })
            : t("validation.tooBig", { max: Number(i.maximum) });
        if (i.code === "invalid_format") return t("validation.format");
        return t("validation.invalid");
      };
      form.setFields(
        r.error.issues
          .filter((i) => i.path.length > 0)
          .map((i) => ({ name: i.path.map((p) => (typeof p === "number" ? p : String(p))), errors: [text(i)] })),
      );
      return null;
    },
    [t],
  );
}
