import { zCreateDisclosure } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { disclosuresApi, type EntityKind } from "../../../api/disclosure";
import { useFormDialog } from "../../../lib/useFormDialog";
import { dk, useFrameworks } from "../shared/queries";

interface Values {
  year: number;
  frameworks: string[];
}

/** The latest year one can report on: the one just ended. */
export const lastYear = () => new Date().getFullYear() - 1;

/** A new disclosure: a year and frameworks (the suggested ones preselected); opens its workspace when created. */
export function useNewDisclosure(o: {
  open: boolean;
  onClose: () => void;
  entityKind: EntityKind | null;
  portfolioLinkId?: string | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const frameworks = useFrameworks(o.entityKind, o.open);
  const { form, submit, pending } = useFormDialog({
    open: o.open,
    defaults: (): Partial<Values> => ({ year: lastYear(), frameworks: [] }),
    schema: zCreateDisclosure,
    toBody: (v: Values) => ({ year: v.year, frameworks: v.frameworks, portfolioLinkId: o.portfolioLinkId ?? null }),
    send: disclosuresApi.create,
    onDone: (r) => {
      void message.success(t("disclosure.create.created"));
      void qc.invalidateQueries({ queryKey: dk.all });
      o.onClose();
      navigate(`/disclosure/${r.id}`);
    },
  });

  // Preselect the suggested frameworks once per opening, as soon as they are known.
  const preselected = useRef(false);
  useEffect(() => {
    if (!o.open) {
      preselected.current = false;
      return;
    }
    if (!frameworks.data || preselected.current) return;
    preselected.current = true;
    const current = form.getFieldValue("frameworks") as string[] | undefined;
    if (!current?.length)
      form.setFieldValue(
        "frameworks",
        frameworks.data.filter((f) => f.suggested).map((f) => f.code),
      );
  }, [o.open, frameworks.data, form]);

  const years = Array.from({ length: 7 }, (_, i) => new Date().getFullYear() - i);
  return { form, submit, pending, frameworks, years };
}
