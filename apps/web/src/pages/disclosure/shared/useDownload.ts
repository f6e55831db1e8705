import { App } from "antd";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../../../api/disclosure";
import { useShowError } from "../../../lib/errors";

/** Downloads a file through fetch, so that a refusal shows as a message instead of a JSON page; tracks which runs. */
export function useDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState<string | null>(null);
  const download = useCallback(
    async (key: string, url: string, fallbackName: string) => {
      setBusy(key);
      try {
        const name = await downloadFile(url, fallbackName);
        void message.success(t("disclosure.downloaded", { name }));
      } catch (e) {
        showError(e);
      } finally {
        setBusy(null);
      }
    },
    [message, showError, t],
  );
  return { download, busy };
}
