import { Form, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { withQuery } from "../../../../api/client";
import { TemplatePeriodFields } from "./TemplatePeriodFields";

interface Values {
  templateRef: string;
  period: string;
}

/** Chooses a template and a period, then opens the form (/statistics/reports/new?templateRef&period). */
export function NewReportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={open}
      title={t("statistics.reports.newTitle")}
      okText={t("statistics.reports.openForm")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ "data-testid": "new-report-ok" }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          navigate(withQuery("/statistics/reports/new", { templateRef: v.templateRef, period: v.period }))
        }
      >
        <TemplatePeriodFields form={form} />
      </Form>
    </Modal>
  );
}
