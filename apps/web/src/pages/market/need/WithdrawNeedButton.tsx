import { RollbackOutlined } from "@ant-design/icons";
import type { TFinancingNeedDetail } from "@greenfin/contracts";
import { Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { marketNeedsApi } from "../../../api/marketNeeds";
import { useMarketAction } from "../needs-shared/useMarketAction";

/** The enterprise withdraws a need not yet funded; every claimant's open steps stop. */
export function WithdrawNeedButton({ need }: { need: TFinancingNeedDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const { run, busy } = useMarketAction();
  const withdraw = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const r = await run(
      () => marketNeedsApi.withdraw(need.id, v.reason?.trim() || undefined),
      () => t("market.withdraw.done"),
      form,
    );
    if (r) setOpen(false);
  };
  return (
    <>
      <Button danger icon={<RollbackOutlined />} onClick={() => setOpen(true)} data-testid="withdraw-need">
        {t("market.withdraw.button")}
      </Button>
      <Modal
        open={open}
        title={t("market.withdraw.title")}
        onCancel={() => setOpen(false)}
        onOk={() => void withdraw()}
        okText={t("market.withdraw.confirm")}
        okButtonProps={{ danger: true, id: "withdraw-need-confirm" }}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {t("market.withdraw.hint", { count: need.claims.length })}
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t("market.withdraw.reason")} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} data-testid="withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
