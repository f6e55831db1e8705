import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { downloadFile } from "../../../../api/disclosure";
import { statsApi, statsKeys } from "../../../../api/statistics";
import { useSession } from "../../../../app/auth";
import { useShowError } from "../../../../lib/errors";
import { ImportProblemsTable } from "./ImportProblemsTable";
import { type ImportProblem, importProblemsOf } from "./importProblems";
import { TemplatePeriodFields } from "./TemplatePeriodFields";

interface Values {
  templateRef: string;
  period: string;
}

/**
 * The Excel way in: download the workbook of a template and period (pre-filled where the platform knows the
 * figures), fill it offline, upload it back as a draft. A refused upload saves nothing and lists every problem.
 */
export function WorkbookCard({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<"download" | "upload" | null>(null);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);

  const download = async () => {
    const v = await form.validateFields();
    setBusy("download");
    try {
      const name = await downloadFile(statsApi.workbookUrl(v.templateRef, v.period), `statistics-${v.period}.xlsx`);
      void message.success(t("statistics.import.downloaded", { name }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const upload = async (file: File) => {
    setBusy("upload");
    setProblems(null);
    try {
      // A CSV names neither template nor period: they come from the choice above (a workbook carries its own).
      const csv = /\.(csv|txt)$/i.test(file.name);
      const target = csv ? await form.validateFields() : undefined;
      const saved = (await statsApi.importWorkbook(file, session.csrfToken, target)) as {
        report?: { id?: string };
        imported?: number;
      } | null;
      void qc.invalidateQueries({ queryKey: statsKeys.all });
      void message.success(t("statistics.import.done", { count: saved?.imported ?? 0 }));
      if (saved?.report?.id) navigate(`/statistics/reports/${saved.report.id}`);
    } catch (e) {
      const listed = importProblemsOf(e);
      if (listed) setProblems(listed);
      else showError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card variant="borderless" size="small" title={t("statistics.import.title")} data-testid="workbook-card">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t("statistics.import.hint")}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical">
        <TemplatePeriodFields form={form} />
      </Form>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          loading={busy === "download"}
          onClick={() => void download()}
          data-testid="download-workbook"
        >
          {t("statistics.import.download")}
        </Button>
        {canWrite && (
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy === "upload"} data-testid="upload-workbook">
              {t("statistics.import.upload")}
            </Button>
          </Upload>
        )}
      </Space>
      {problems && (
        <div style={{ marginTop: 16 }}>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            title={t("statistics.import.refused", { count: problems.length })}
          />
          <ImportProblemsTable problems={problems} />
        </div>
      )}
    </Card>
  );
}
