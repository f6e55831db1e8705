import { KeyOutlined } from "@ant-design/icons";
import { Alert, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";

/** The only time the token's secret is ever shown. */
export function TokenSecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={!!secret}
      title={
        <span>
          <KeyOutlined /> {t("tokens.secretTitle")}
        </span>
      }
      onOk={onClose}
      onCancel={onClose}
      okText={t("tokens.secretSaved")}
      cancelButtonProps={{ style: { display: "none" } }}
      mask={{ closable: false }}
      width={600}
    >
      <Alert type="warning" showIcon title={t("tokens.secretWarning")} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable={{ text: secret ?? "", tooltips: [t("common.copy"), t("common.copied")] }}
        className="gf-mono"
        data-testid="token-secret"
        style={{ background: "#f5f8f6", padding: "12px 14px", borderRadius: 6, wordBreak: "break-all", fontSize: 14 }}
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
