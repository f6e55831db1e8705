import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useTranslation } from "react-i18next";
import { portfolioApi } from "../../../api/disclosure";
import { useShowError } from "../../../lib/errors";
import { dk, usePortfolio } from "../shared/queries";

/** A company's portfolio invitations and links, and its answer to an invitation. */
export function useInvitations() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const links = usePortfolio();
  const respond = useMutation({
    mutationFn: (v: { id: string; accept: boolean }) => portfolioApi.respond(v.id, v.accept),
    onSuccess: (_, v) => {
      void message.success(v.accept ? t("disclosure.invitations.accepted") : t("disclosure.invitations.declined"));
      void qc.invalidateQueries({ queryKey: dk.portfolio });
    },
    onError: (e) => showError(e),
  });
  const visible = (links.data ?? []).filter((l) => l.status === "invited" || l.status === "active");
  return { links: visible, respond, loading: links.isPending, failed: !!links.error };
}
