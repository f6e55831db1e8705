import { zAddMember, zRole } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import { membersApi } from "../../../api/admin";
import { qk } from "../../../api/hooks";
import { useFormDialog } from "../../../lib/useFormDialog";
import { cleanOrgValues } from "../orgs/OrgFormFields";

interface Values {
  email: string;
  displayName: string;
  role: string;
  password?: string;
}

export function AddMemberModal({ orgId, open, onClose }: { orgId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { form, submit, pending } = useFormDialog({
    open,
    defaults: (): Partial<Values> => ({ role: "viewer" }),
    schema: zAddMember,
    toBody: (v: Values) => cleanOrgValues(v),
    send: (body: Parameters<typeof membersApi.add>[1]) => membersApi.add(orgId, body),
    onDone: () => {
      void message.success(t("members.added"));
      void qc.invalidateQueries({ queryKey: qk.members(orgId) });
      onClose();
    },
  });

  const required = { required: true, message: t("validation.required") };
  return (
    <Modal
      title={t("members.add")}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={t("common.submit")}
      confirmLoading={pending}
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
