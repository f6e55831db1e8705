import { FileExcelOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../../../api/disclosure";
import { useShowError } from "../../../lib/errors";

/** Downloads the server's Excel of the filtered list (all pages, both languages' headers chosen by `lang`). */
export function ServerExportButton({
  url,
  fileName,
  label,
  testId,
}: {
  url: string;
  fileName: string;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          const name = await downloadFile(url, fileName);
          void message.success(t("green.library.exported", { name }));
        } catch (e) {
          showError(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      {label ?? t("common.exportExcel")}
    </Button>
  );
}
