import {
  BankOutlined,
  CloudServerOutlined,
  ExperimentOutlined,
  HeartOutlined,
  RightOutlined,
  ShopOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { TStatHeadline } from "@greenfin/contracts";
import { Card, Col, Row, Tooltip } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { Growth, metricName, statParts } from "./statFormat";

type Article = TStatHeadline["article"];

export const ARTICLE_STYLE: Record<Article, { color: string; icon: ReactNode }> = {
  green: { color: "#0b5d3f", icon: <BankOutlined /> },
  inclusive: { color: "#1677ff", icon: <ShopOutlined /> },
  agriculture: { color: "#7cb305", icon: <ExperimentOutlined /> },
  technology: { color: "#722ed1", icon: <CloudServerOutlined /> },
  pension: { color: "#d48806", icon: <HeartOutlined /> },
  digital: { color: "#13a8a8", icon: <TeamOutlined /> },
};

const ARTICLES: readonly Article[] = ["green", "inclusive", "agriculture", "technology", "pension", "digital"];

/** The article's lead figure: its first reported stock (a balance), else its first metric with a value. */
function lead(rows: TStatHeadline[]): TStatHeadline | undefined {
  return rows.find((r) => r.kind === "stock" && r.value !== null) ?? rows.find((r) => r.value !== null) ?? rows[0];
}

/** One card per article: the lead figure with YoY as reported and like-for-like, and the article's new lending YTD. */
export function HeadlineCards({
  headline,
  onDrill,
}: {
  headline: TStatHeadline[];
  onDrill: (metric: string, period: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {ARTICLES.map((a) => {
        const rows = headline.filter((h) => h.article === a);
        const main = lead(rows);
        if (!main) return null;
        const flow = rows.find((r) => r.kind === "flow" && r.metric !== main.metric && r.ytdValue !== null);
        const { color, icon } = ARTICLE_STYLE[a];
        const big = statParts(main.value, main.unit, lang);
        const drillable = main.metric === "green_loan_balance";
        const ytd = flow ? statParts(flow.ytdValue, flow.unit, lang) : null;
        const card = (
          <Card
            variant="borderless"
            className={`gf-stat-card${drillable ? " gf-stat-card-click" : ""}`}
            style={{ height: "100%", borderTop: `3px solid ${color}` }}
            data-testid={`stat-card-${a}`}
            onClick={drillable ? () => onDrill(main.metric, main.period) : undefined}
          >
            <div className="gf-stat-card-head">
              <span className="gf-stat-card-icon" style={{ background: `${color}1a`, color }}>
                {icon}
              </span>
              <span className="gf-stat-card-article">{t(`statDash.article.${a}`)}</span>
              <span className="gf-stat-card-period">{main.period}</span>
              {drillable && <RightOutlined className="gf-stat-card-more" />}
            </div>
            <div className="gf-stat-card-metric">{metricName(main, lang)}</div>
            <div className="gf-stat-card-value" data-testid={`stat-card-${a}-value`}>
              {big.value}
              {big.unit && <span className="gf-kpi-unit">{big.unit}</span>}
            </div>
            <div className="gf-stat-card-growth">
              <Tooltip title={main.yoyReported.reason ?? t("statDash.yoyReported")}>
                <span>
                  {t("statDash.yoy")} <Growth percent={main.yoyReported.growthPercent} />
                </span>
              </Tooltip>
              <Tooltip title={main.yoyLikeForLike.reason ?? t("statDash.lflHint")}>
                <span>
                  {t("statDash.yoyLfl")} <Growth percent={main.yoyLikeForLike.growthPercent} />
                </span>
              </Tooltip>
            </div>
            {flow && ytd && (
              <div className="gf-stat-card-foot">
                <div className="gf-stat-card-foot-name" title={metricName(flow, lang)}>
                  {t("statDash.ytd")} · {metricName(flow, lang)}
                </div>
                <div className="gf-stat-card-foot-figure">
                  <b className="gf-green-num gf-stat-num">
                    {ytd.value} {ytd.unit}
                  </b>
                  <span>
                    {t("statDash.yoy")} <Growth percent={flow.ytdYoyReported.growthPercent} />
                  </span>
                </div>
              </div>
            )}
          </Card>
        );
        return (
          <Col key={a} xs={24} sm={12} xl={8} xxl={4}>
            {drillable ? <Tooltip title={t("statDash.clickToDrill")}>{card}</Tooltip> : card}
          </Col>
        );
      })}
    </Row>
  );
}
