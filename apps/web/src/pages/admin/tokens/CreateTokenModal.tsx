import { TOKEN_SCOPES, zCreateToken } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { Checkbox, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { tokensApi } from "../../../api/admin";
import { qk } from "../../../api/hooks";
import { useFormDialog } from "../../../lib/useFormDialog";

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
  const qc = useQueryClient();
  const { form, submit, pending } = useFormDialog({
    open,
    defaults: (): Partial<Values> => ({ scopes: ["read"], expiresAt: dayjs().add(90, "day") }),
    schema: zCreateToken,
    toBody: (v: Values) => ({ name: v.name, scopes: v.scopes, expiresAt: v.expiresAt.endOf("day").toISOString() }),
    send: tokensApi.create,
    onDone: (r) => {
      void qc.invalidateQueries({ queryKey: qk.tokens });
      onClose();
      onCreated(r.secret);
    },
  });

  const required = { required: true, message: t("validation.required") };
  return (
    <Modal
      title={t("tokens.create")}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={t("common.create")}
      confirmLoading={pending}
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
