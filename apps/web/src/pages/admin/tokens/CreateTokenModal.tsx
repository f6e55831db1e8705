import { TOKEN_SCOPES, zCreateToken } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Checkbox, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { tokensApi } from "../../../api/admin";
import { qk } from "../../../api/hooks";
import { useShowError } from "../../../lib/errors";
import { useRequestCheck } from "../../../lib/requestCheck";

interface Values {
  name: string;
  scopes: ("read" | "write")[];
  expiresAt: Dayjs;
}

export function CreateTokenModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const showError = useShowError();
  const check = useRequestCheck();

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ scopes: ["read"], expiresAt: dayjs().add(90, "day") });
    }
  }, [open, form]);

  const create = useMutation({
    mutationFn: tokensApi.create,
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: qk.tokens });
      onClose();
      onCreated(r.secret);
    },
    onError: (e) => showError(e, form),
  });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = check(
      zCreateToken,
      { name: v.name, scopes: v.scopes, expiresAt: v.expiresAt.endOf("day").toISOString() },
      form,
    );
    if (body) create.mutate(body);
  };

  const required = { required: true, message: t("validation.required") };
  return (
    <Modal
      title={t("tokens.create")}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={t("common.create")}
      confirmLoading={create.isPending}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="name" label={t("tokens.name")} rules={[required]}>
          <Input maxLength={80} placeholder="core-banking-sync" />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t("tokens.scopes")}
          rules={[{ required: true, type: "array", min: 1, message: t("validation.required") }]}
        >
          <Checkbox.Group options={TOKEN_SCOPES.map((s) => ({ value: s, label: t(`tokenScopes.${s}`) }))} />
        </Form.Item>
        <Form.Item name="expiresAt" label={t("tokens.expiresAt")} rules={[required]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isBefore(dayjs().add(1, "day"), "day")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
