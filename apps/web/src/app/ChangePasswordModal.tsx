import { App, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { authApi } from "../api/auth";
import { useShowError } from "../lib/errors";
import { useSession } from "./auth";

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const session = useSession();

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      await authApi.changePassword(v.currentPassword, v.newPassword);
      void message.success(t("password.changed"));
      form.resetFields();
      onClose();
    } catch (e) {
      showError(e, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t("password.title")}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={t("common.save")}
      confirmLoading={busy}
      forceRender
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t("password.policy")}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false}>
        {/* Lets password managers know whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={session.user.email} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t("password.current")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t("password.next")}
          rules={[
            { required: true, message: t("validation.required") },
            { min: 10, message: t("validation.tooShort", { min: 10 }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("password.confirm")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("validation.required") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue("newPassword") === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("password.mismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
