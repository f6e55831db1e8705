/**
 * The save of a green dialog: validate the form, send, say so, refresh the green queries and close; on refusal put
 * the server's field problems back on the form (indexed paths like `lines[0].inputs.x` as the form names them).
 */
import { useQueryClient } from "@tanstack/react-query";
import { App, type FormInstance } from "antd";
import { useState } from "react";
import { greenKeys } from "../../../api/green";
import { useShowError } from "../../../lib/errors";
import { withDottedPaths } from "../form/formValues";

/** `send` posts the values and returns the success message to show. */
export function useModalSave<V>(form: FormInstance<V>, send: (values: V) => Promise<string>, onClose: () => void) {
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      void message.success(await send(v));
      await qc.invalidateQueries({ queryKey: greenKeys.all });
      onClose();
    } catch (e) {
      showError(withDottedPaths(e), form);
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
}
