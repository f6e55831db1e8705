import type { TLinkedPrice } from "@greenfin/contracts";
import { Collapse, Descriptions, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { fmtBp, fmtRate } from "./format";

type Adjustment = TLinkedPrice["adjustments"][number];
type Step = TLinkedPrice["trace"][number];

/** The headline of a linked price: final rate, base + adjustment, bounds hit. */
export function PriceLine({ price }: { price: TLinkedPrice }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={[8, 4]} align="baseline">
      <span className="gf-mk-rate" data-testid="price-final">
        {fmtRate(price.finalRatePercent)}
      </span>
      <span className="gf-mk-sub">
        {t("market.price.base")} {fmtRate(price.baseRatePercent)} {fmtBp(price.adjustmentBp)}
      </span>
      {price.boundsApplied.length > 0 && <Tag color="orange">{t("market.price.bounded")}</Tag>}
    </Space>
  );
}

/**
 * "How this price was made": the base and where it came from, each adjustment with the table row it came from and
 * why, the bounds that applied, and the trace to redo it by hand.
 */
export function PriceExplain({ price, defaultOpen }: { price: TLinkedPrice; defaultOpen?: boolean }) {
  const { t } = useTranslation();
  return (
    <div data-testid="price-explain">
      <PriceLine price={price} />
      <Collapse
        size="small"
        ghost
        defaultActiveKey={defaultOpen ? ["how"] : []}
        items={[
          {
            key: "how",
            label: <span data-testid="price-how">{t("market.price.how")}</span>,
            children: <PriceDetails price={price} />,
          },
        ]}
      />
    </div>
  );
}

function PriceDetails({ price }: { price: TLinkedPrice }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: "nowrap", width: 1 } }}>
        <Descriptions.Item label={t("market.price.ref")}>
          <span className="gf-mk-mono">{price.pricingRef}</span> · {price.date}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.price.base")}>
          {fmtRate(price.baseRatePercent)} <span className="gf-mk-sub">{price.baseHow}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("market.price.adjustment")}>
          {fmtBp(price.adjustmentBp)}
          {price.adjustmentBeforeBoundsBp !== price.adjustmentBp && (
            <span className="gf-mk-sub">
              {" "}
              ({t("market.price.beforeBounds")} {fmtBp(price.adjustmentBeforeBoundsBp)})
            </span>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.price.final")}>
          <b>{fmtRate(price.finalRatePercent)}</b>
          {price.rateBeforeBoundsPercent !== price.finalRatePercent && (
            <span className="gf-mk-sub">
              {" "}
              ({t("market.price.beforeBounds")} {fmtRate(price.rateBeforeBoundsPercent)})
            </span>
          )}
        </Descriptions.Item>
        {price.boundsApplied.length > 0 && (
          <Descriptions.Item label={t("market.price.boundsApplied")}>
            {price.boundsApplied.join("；")}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Table<Adjustment>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={[...price.adjustments]}
        data-testid="price-adjustments"
        columns={[
          {
            key: "key",
            title: t("market.price.factor"),
            render: (_, a) => (
              <span style={{ whiteSpace: "nowrap" }}>
                {t(`market.price.key.${a.key}`)}
                <div className="gf-mk-sub">{a.input}</div>
              </span>
            ),
          },
          {
            key: "bp",
            title: t("market.price.bp"),
            align: "right",
            render: (_, a) => <b className="gf-mk-num">{fmtBp(a.bp)}</b>,
          },
          {
            key: "why",
            title: t("market.price.why"),
            render: (_, a) => (
              <span className="gf-mk-formula">
                {a.why}
                {a.row && (
                  <div className="gf-mk-sub">
                    {t("market.price.row")}
                    {t("market.colon")}
                    <span className="gf-mk-mono">{a.row.source}</span> · {fmtBp(a.row.bp)}
                  </div>
                )}
              </span>
            ),
          },
        ]}
      />
      <div>
        <Typography.Text strong>{t("market.price.trace")}</Typography.Text>
        <Table<Step & { i: number }>
          size="small"
          rowKey="i"
          pagination={false}
          dataSource={price.trace.map((s, i) => ({ ...s, i }))}
          data-testid="price-trace"
          columns={[
            {
              key: "what",
              title: t("market.price.what"),
              render: (_, s) => (
                <span className="gf-mk-formula">
                  {s.what}
                  <div className="gf-mk-sub gf-mk-mono">{s.formula}</div>
                </span>
              ),
            },
            {
              key: "figures",
              title: t("market.price.figures"),
              render: (_, s) => <span className="gf-mk-formula">{s.figures}</span>,
            },
            {
              key: "result",
              title: t("market.price.result"),
              align: "right",
              render: (_, s) => <b className="gf-mk-num">{s.result}</b>,
            },
          ]}
        />
      </div>
    </Space>
  );
}
