import { zAddMember, zRole } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { membersApi } from "../../../api/admin";
import { qk } from "../../../api/hooks";
import { useShowError } from "../../../lib/errors";
import { useRequestCheck } from "../../../lib/requestCheck";
import { cleanOrgValues } from "../orgs/OrgFormFields";

interface Values {
  email: string;
  displayName: string;
  role: string;
  password?: string;
}

export function AddMemberModal({ orgId, open, onClose }: { orgId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const check = useRequestCheck();

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ role: "viewer" });
    }
  }, [open, form]);

  const add = useMutation({
    mutationFn: (body: Parameters<typeof membersApi.add>[1]) => membersApi.add(orgId, body),
    onSuccess: () => {
      void message.success(t("members.added"));
      void qc.invalidateQueries({ queryKey: qk.members(orgId) });
      onClose();
    },
    onError: (e) => showError(e, form),
  });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = check(zAddMember, cleanOrgValues(v), form);
    if (body) add.mutate(body);
  };

  const required = { required: true, message: t("validation.required") };
  return (
    <Modal
      title={t("members.add")}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={t("common.submit")}
      confirmLoading={add.isPending}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="email"
          label={t("members.email")}
          rules={[required, { type: "email", message: t("login.emailInvalid") }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t("members.displayName")} rules={[required]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="role" label={t("members.role")} rules={[required]}>
          <Select options={zRole.options.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="password" label={t("members.initialPassword")} extra={t("members.initialPasswordHelp")}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
