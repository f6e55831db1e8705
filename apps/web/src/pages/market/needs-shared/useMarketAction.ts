/**
 * A marketplace write: send it, say so, refresh every marketplace query; on refusal put the server's field problems
 * on the form when one is given, else show the server's message.
 */
import { useQueryClient } from "@tanstack/react-query";
import { App, type FormInstance } from "antd";
import { useState } from "react";
import { marketNeedsKeys } from "../../../api/marketNeeds";
import { useShowError } from "../../../lib/errors";

export function useMarketAction() {
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  /** `send` does the call and returns the message to show; resolves to its result, or null when refused. */
  const run = async <R>(send: () => Promise<R>, done: (r: R) => string, form?: FormInstance): Promise<R | null> => {
    setBusy(true);
    try {
      const r = await send();
      void message.success(done(r));
      await qc.invalidateQueries({ queryKey: marketNeedsKeys.all });
      return r;
    } catch (e) {
      showError(e, form);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
