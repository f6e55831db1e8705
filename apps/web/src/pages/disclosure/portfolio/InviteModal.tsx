import { Form, Input, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { MoneyInput } from "./MoneyInput";
import { useInvite } from "./useInvite";

/** "邀请被投企业": credit code, fund, ownership (%) and amount invested (元). */
export function InviteModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, submit, pending } = useInvite(open, onClose);
  const required = { required: true, message: t("validation.required") };
  return (
    <Modal
      title={t("disclosure.portfolio.invite")}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={t("disclosure.portfolio.sendInvite")}
      okButtonProps={{ "data-testid": "invite-ok" }}
      confirmLoading={pending}
      forceRender
      width={520}
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="companyUscc"
          label={t("org.uscc")}
          rules={[required, { pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/i, message: t("validation.uscc") }]}
        >
          <Input maxLength={18} data-testid="invite-uscc" style={{ textTransform: "uppercase" }} />
        </Form.Item>
        <Form.Item name="fundName" label={t("disclosure.portfolio.fund")} rules={[required]}>
          <Input maxLength={200} data-testid="invite-fund" />
        </Form.Item>
        <Form.Item
          name="ownershipPct"
          label={t("disclosure.portfolio.ownership")}
          rules={[required, { pattern: /^\d{1,3}(\.\d{1,6})?$/, message: t("disclosure.portfolio.ownershipFormat") }]}
        >
          <Input suffix="%" inputMode="decimal" data-testid="invite-ownership" />
        </Form.Item>
        <Form.Item
          name="investedCny"
          label={t("disclosure.portfolio.invested")}
          rules={[required, { pattern: /^\d+(\.\d{1,2})?$/, message: t("validation.amount") }]}
        >
          <MoneyInput testId="invite-invested" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
