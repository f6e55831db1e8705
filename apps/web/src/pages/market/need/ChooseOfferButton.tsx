import { CheckOutlined } from "@ant-design/icons";
import type { TFinancingNeedDetail, TNeedClaim } from "@greenfin/contracts";
import { Button, Checkbox, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { marketNeedsApi } from "../../../api/marketNeeds";
import { useSession } from "../../../app/auth";
import { useLang } from "../../../lib/labels";
import { fmtRate, formatYuan } from "../needs-shared/format";
import { CARBON_COLLATERAL } from "../needs-shared/labels";
import { useMarketAction } from "../needs-shared/useMarketAction";
import { nameIn } from "../shared/names";

/**
 * The enterprise chooses an approved offer. Ticking "grant" also opens its carbon holdings to that institution so it
 * can register a pledge (ticked by default when the need offers carbon collateral; only an admin may grant).
 */
export function ChooseOfferButton({ need, claim }: { need: TFinancingNeedDetail; claim: TNeedClaim }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const mayGrant = session.role === "admin";
  const carbon = need.collateral.some((k) => CARBON_COLLATERAL.includes(k));
  const [open, setOpen] = useState(false);
  const [grant, setGrant] = useState(carbon && mayGrant);
  const { run, busy } = useMarketAction();
  const choose = async () => {
    const r = await run(
      () => marketNeedsApi.choose(claim.id, grant),
      () => t("market.choose.done", { org: nameIn(claim.orgName, claim.orgNameEn, lang) }),
    );
    if (r) setOpen(false);
  };
  return (
    <>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        onClick={() => setOpen(true)}
        data-testid={`choose-offer-${claim.id}`}
      >
        {t("market.choose.button")}
      </Button>
      <Modal
        open={open}
        title={t("market.choose.title", { org: nameIn(claim.orgName, claim.orgNameEn, lang) })}
        onCancel={() => setOpen(false)}
        onOk={() => void choose()}
        okText={t("market.choose.confirm")}
        confirmLoading={busy}
        okButtonProps={{ id: "choose-offer-confirm" }}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t("market.choose.summary", {
            amount: formatYuan(claim.approvedAmount, lang),
            rate: fmtRate(claim.rate),
          })}
        </Typography.Paragraph>
        <Checkbox
          checked={grant}
          disabled={!mayGrant}
          onChange={(e) => setGrant(e.target.checked)}
          data-testid="choose-grant-financing"
        >
          {t("market.choose.grant")}
        </Checkbox>
        <div className="gf-mk-sub" style={{ marginTop: 6 }}>
          {mayGrant ? t("market.choose.grantHint") : t("market.choose.grantAdminOnly")}
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t("market.choose.final")}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
