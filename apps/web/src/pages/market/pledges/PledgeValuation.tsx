import type { TCarbonPledge } from "@greenfin/contracts";
import { Descriptions, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatYuanExact } from "../../../lib/money";
import { ltvAtRegistration, valuationOf } from "./pledgeValuation";
import { TraceTable } from "./TraceTable";

const pct = (s: string | null | undefined) => (s ? `${s}%` : "—");

/** A pledge's valuation at registration: price, haircut, value, maximum loan, triggers, and the trace to redo it. */
export function PledgeValuation({ pledge }: { pledge: TCarbonPledge }) {
  const { t } = useTranslation();
  const v = valuationOf(pledge);
  const terms = v.terms ?? {};
  return (
    <div data-testid={`pledge-valuation-${pledge.id}`}>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t("marketDesk.pledges.price")}>
          {v.price?.point?.price ? `${formatYuanExact(v.price.point.price)} / ${pledge.unit}` : "—"}
          {v.price?.point?.date && <div className="gf-green-sub">{v.price.point.date}</div>}
        </Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pledges.marketValue")}>
          {formatYuanExact(v.marketValue)}
        </Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pledges.haircut")}>
          {pct(terms.haircutPercent)}
          {terms.futureDiscountPercent && terms.futureDiscountPercent !== "0" && (
            <div className="gf-green-sub">
              {t("marketDesk.pledges.futureDiscount")} {pct(terms.futureDiscountPercent)}
            </div>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pledges.collateralValue")}>
          <b>{formatYuanExact(v.collateralValue)}</b>
        </Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pledges.maxLoan")}>
          {formatYuanExact(v.maxLoan)} <span className="gf-green-sub">({pct(terms.ltvCapPercent)})</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pledges.ltv")}>
          <b>{pct(ltvAtRegistration(pledge))}</b>
        </Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pledges.callLtv")}>
          {pct(terms.callLtvPercent)} · {t("marketDesk.pledges.callPrice")} {formatYuanExact(pledge.callPrice)}
        </Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pledges.liquidationLtv")}>
          {pct(terms.liquidationLtvPercent)} · {t("marketDesk.pledges.liquidationPrice")}{" "}
          {formatYuanExact(pledge.liquidationPrice)}
        </Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pricing.ref")}>
          <span className="gf-green-mono">{pledge.pricingRef}</span>
        </Descriptions.Item>
      </Descriptions>
      {v.trace && v.trace.length > 0 && (
        <>
          <Typography.Text strong>{t("marketDesk.common.showTrace")}</Typography.Text>
          <TraceTable steps={v.trace} />
        </>
      )}
      {pledge.releaseNote && <Typography.Paragraph type="secondary">{pledge.releaseNote}</Typography.Paragraph>}
    </div>
  );
}
