import { useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useTranslation } from "react-i18next";
import { type Invitation, portfolioApi, zInvitation } from "../../../api/disclosure";
import { useFormDialog } from "../../../lib/useFormDialog";
import { dk } from "../shared/queries";

/** Inviting a company (by its credit code) into one of the manager's funds. */
export function useInvite(open: boolean, onClose: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  return useFormDialog({
    open,
    defaults: (): Partial<Invitation> => ({}),
    schema: zInvitation,
    toBody: (v: Invitation) => ({
      companyUscc: v.companyUscc?.trim().toUpperCase(),
      fundName: v.fundName?.trim(),
      ownershipPct: v.ownershipPct?.trim(),
      investedCny: v.investedCny?.trim(),
    }),
    send: portfolioApi.invite,
    onDone: () => {
      void message.success(t("disclosure.portfolio.invited"));
      void qc.invalidateQueries({ queryKey: dk.portfolio });
      onClose();
    },
  });
}
