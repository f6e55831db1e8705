import { zCreateGrant, zDataScope } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { grantsApi } from "../../../api/admin";
import { useSession } from "../../../app/auth";
import { OrgSelect } from "../../../components/OrgSelect";
import type { OrgKind } from "../../../lib/labels";
import { useFormDialog } from "../../../lib/useFormDialog";

const GRANTEE_KINDS: OrgKind[] = [
  "bank",
  "insurer",
  "wealth_manager",
  "fund_manager",
  "rating_agency",
  "verifier",
  "enterprise",
];

interface Values {
  granteeKind: OrgKind;
  granteeOrgId: string;
  scope: string;
  purpose: string;
  expiresAt: Dayjs;
}

/** Grant another organisation read access to one scope of this organisation's data. */
export function CreateGrantModal({
  open,
  onClose,
  defaultKind = "bank",
}: {
  open: boolean;
  onClose: () => void;
  defaultKind?: OrgKind;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { form, submit, pending } = useFormDialog({
    open,
    defaults: (): Partial<Values> => ({
      granteeKind: defaultKind,
      scope: "profile",
      expiresAt: dayjs().add(1, "year"),
    }),
    schema: zCreateGrant,
    toBody: (v: Values) => ({
      granteeOrgId: v.granteeOrgId,
      scope: v.scope,
      purpose: v.purpose,
      expiresAt: v.expiresAt.endOf("day").toISOString(),
    }),
    send: grantsApi.create,
    onDone: () => {
      void message.success(t("grants.created"));
      void qc.invalidateQueries({ queryKey: ["grants"] });
      onClose();
    },
  });
  const kind = Form.useWatch("granteeKind", form);

  const required = { required: true, message: t("validation.required") };
  return (
    <Modal
      title={t("grants.create")}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={t("common.submit")}
      confirmLoading={pending}
      forceRender
      width={560}
    >
      <Alert type="info" showIcon title={t("home.grantsIntro")} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="granteeKind" label={t("grants.granteeKind")} rules={[required]}>
          <Select
            options={GRANTEE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            onChange={() => form.setFieldValue("granteeOrgId", undefined)}
          />
        </Form.Item>
        <Form.Item name="granteeOrgId" label={t("grants.grantee")} rules={[required]}>
          <OrgSelect kind={kind} excludeId={session.activeOrg.id} testId="grant-grantee" />
        </Form.Item>
        <Form.Item name="scope" label={t("grants.scope")} rules={[required]}>
          <Select options={zDataScope.options.map((s) => ({ value: s, label: t(`scopes.${s}`) }))} />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t("grants.purpose")}
          rules={[required, { max: 300, message: t("validation.tooLong", { max: 300 }) }]}
        >
          <Input.TextArea rows={2} maxLength={300} showCount placeholder={t("grants.purposePlaceholder")} />
        </Form.Item>
        <Form.Item name="expiresAt" label={t("grants.expiresAt")} rules={[required]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isBefore(dayjs().add(1, "day"), "day")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
