import type { TTargetInput, TTargetObservationInput } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, type FormInstance } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { statsApi, statsKeys } from "../../../api/statistics";
import { useSession } from "../../../app/auth";
import { useShowError } from "../../../lib/errors";

/** The district's changes to targets; a refusal's field problems land on the open form. */
export function useTargetActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const qc = useQueryClient();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, done: string, form?: FormInstance): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      void qc.invalidateQueries({ queryKey: statsKeys.targets });
      void message.success(done);
      return true;
    } catch (e) {
      showError(e, form);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    save: (key: string, body: TTargetInput, form?: FormInstance) =>
      run(() => statsApi.putTarget(key, body, session.csrfToken), t("statistics.targets.saved"), form),
    remove: (key: string) => run(() => statsApi.deleteTarget(key), t("statistics.targets.deleted")),
    observe: (key: string, body: TTargetObservationInput, form?: FormInstance) =>
      run(() => statsApi.observe(key, body), t("statistics.targets.observed"), form),
    removeObservation: (key: string, year: number) =>
      run(() => statsApi.removeObservation(key, year), t("statistics.targets.observationRemoved")),
  };
}
