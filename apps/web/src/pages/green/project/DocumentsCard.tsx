import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import type { TGreenProjectDetail } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, List, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../../../api/disclosure";
import { greenApi, greenKeys } from "../../../api/green";
import { useSession } from "../../../app/auth";
import { useShowError } from "../../../lib/errors";
import { fmtWhen } from "../shared/format";

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

/** The project's files: download for readers, upload for the owner while it may still add documents. */
export function DocumentsCard({ p }: { p: TGreenProjectDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const doc = await greenApi.uploadDocument(p.id, file, session.csrfToken);
      void message.success(t("green.project.uploaded", { name: doc.fileName }));
      await qc.invalidateQueries({ queryKey: greenKeys.project(p.id) });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      variant="borderless"
      title={t("green.project.documents")}
      data-testid="green-documents"
      extra={
        p.can.addDocuments && (
          <Upload
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid="green-document-upload">
              {t("green.project.upload")}
            </Button>
          </Upload>
        )
      }
    >
      <List
        size="small"
        locale={{ emptyText: t("green.project.noDocuments") }}
        dataSource={p.documents}
        renderItem={(d) => (
          <List.Item
            actions={[
              <Button
                key="dl"
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                data-testid="green-document-download"
                aria-label={d.fileName}
                onClick={() => void downloadFile(greenApi.documentUrl(p.id, d.id), d.fileName).catch(showError)}
              />,
            ]}
          >
            <List.Item.Meta title={d.fileName} description={`${kb(d.sizeBytes)} · ${fmtWhen(d.uploadedAt)}`} />
          </List.Item>
        )}
      />
    </Card>
  );
}
