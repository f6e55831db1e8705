import type { TFinancingNeedDetail } from "@greenfin/contracts";
import { Card, Descriptions, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useLang } from "../../../lib/labels";
import { fmtWhen, formatYuan, formatYuanExact } from "../needs-shared/format";
import { collateralLabel, purposeLabel } from "../needs-shared/labels";
import { nameIn } from "../shared/names";
import { NeedProgress } from "./NeedProgress";

/** What the enterprise asks for, what it shares, and where the need stands. */
export function NeedSummaryCard({ need }: { need: TFinancingNeedDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const yes = (b: boolean) =>
    b ? <Tag color="green">{t("market.need.shared")}</Tag> : <Tag>{t("market.need.notShared")}</Tag>;
  return (
    <Card variant="borderless" data-testid="need-summary">
      <NeedProgress need={need} />
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginTop: 20 }}>
        <Descriptions.Item label={t("market.col.enterprise")}>
          {nameIn(need.orgName, need.orgNameEn, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.col.amount")}>
          <span className="gf-mk-num" data-testid="need-amount-value">
            {formatYuan(need.amount, lang)}
          </span>
          <span className="gf-mk-sub">（{formatYuanExact(need.amount)}）</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("market.col.tenor")}>
          {t("market.months", { count: need.tenorMonths })}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.col.purpose")}>{purposeLabel(t, need.purpose)}</Descriptions.Item>
        <Descriptions.Item label={t("market.need.project")}>
          {need.projectId ? <Link to={`/green/projects/${need.projectId}`}>{t("market.need.viewProject")}</Link> : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.need.collateral")}>
          {need.collateral.length === 0 ? (
            t("market.need.noCollateral")
          ) : (
            <Space size={[4, 4]} wrap>
              {need.collateral.map((k) => (
                <Tag key={k}>{collateralLabel(t, k)}</Tag>
              ))}
            </Space>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.need.consentEsg")}>{yes(need.consents.esg)}</Descriptions.Item>
        <Descriptions.Item label={t("market.need.consentCarbon")}>{yes(need.consents.carbon)}</Descriptions.Item>
        <Descriptions.Item label={t("market.col.broadcast")}>
          {t("market.find.broadcast", { count: need.broadcastCount })} ·{" "}
          {t("market.need.claimsOf", { count: need.claimCount })}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.col.posted")}>{fmtWhen(need.postedAt)}</Descriptions.Item>
        <Descriptions.Item label={t("market.need.updated")}>{fmtWhen(need.updatedAt)}</Descriptions.Item>
      </Descriptions>
      {need.description && (
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }} type="secondary">
          {need.description}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
