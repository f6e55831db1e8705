import type { TCarbonPledge } from "@greenfin/contracts";
import { Form, Input, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { marketCatalogueApi, marketCatalogueKeys } from "../../../api/marketCatalogue";
import { useDeskSave } from "../products/useDeskSave";

/** 解除质押: the pledgee releases an active pledge, with a note the register keeps (e.g. repaid in full). */
export function ReleasePledgeModal({ pledge, onClose }: { pledge: TCarbonPledge; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const { save, saving } = useDeskSave(
    form,
    async (v) => {
      await marketCatalogueApi.releasePledge(pledge.id, v.note?.trim() || undefined);
      return t("marketDesk.pledges.released");
    },
    onClose,
    [marketCatalogueKeys.carbonAssets, marketCatalogueKeys.overview],
  );
  return (
    <Modal
      open
      title={t("marketDesk.pledges.releaseConfirm", { refNo: pledge.refNo })}
      onOk={() => void save()}
      okText={t("marketDesk.pledges.release")}
      okButtonProps={{ danger: true, "data-testid": "release-pledge-confirm" }}
      cancelText={t("marketDesk.common.cancel")}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="note" label={t("marketDesk.pledges.releaseNote")} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} data-testid="release-pledge-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
