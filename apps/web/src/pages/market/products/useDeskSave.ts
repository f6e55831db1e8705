/**
 * The save of a desk dialog: validate the form, send, say so, refresh the desk's queries and close; on refusal put
 * the server's field problems back on the form (or show its message), and keep the error for the dialog to show.
 */
import { useQueryClient } from "@tanstack/react-query";
import { App, type FormInstance } from "antd";
import { useState } from "react";
import { useShowError } from "../../../lib/errors";
import { withDottedPaths } from "../../green/form/formValues";

/** `send` posts the values and returns the success message to show. */
export function useDeskSave<V>(
  form: FormInstance<V>,
  send: (values: V) => Promise<string>,
  onClose: () => void,
  refresh: readonly (readonly string[])[],
) {
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    setError(null);
    try {
      void message.success(await send(v));
      await Promise.all(refresh.map((queryKey) => qc.invalidateQueries({ queryKey })));
      onClose();
    } catch (e) {
      setError(e);
      showError(withDottedPaths(e), form);
    } finally {
      setSaving(false);
    }
  };
  return { save, saving, error };
}
