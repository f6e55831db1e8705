import type { TPublicZone } from "@greenfin/contracts";
import { Card, Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../lib/labels";
import { ARTICLE_STYLE } from "../statistics/dashboard/HeadlineCards";
import { Growth, metricName, statParts } from "../statistics/dashboard/statFormat";

type Headline = TPublicZone["headline"][number];
const ARTICLES = ["green", "inclusive", "agriculture", "technology", "pension", "digital"] as const;

/** The zone's figures, one card per article: each metric's value and its growth year on year (as reported). */
export function ZoneHeadline({ headline }: { headline: Headline[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Row gutter={[16, 16]} data-testid="zone-headline">
      {ARTICLES.map((a) => {
        const rows = headline.filter((h) => h.article === a && h.value !== null);
        if (rows.length === 0) return null;
        const { color, icon } = ARTICLE_STYLE[a];
        return (
          <Col key={a} xs={24} md={12} xl={8}>
            <Card variant="borderless" className="gf-zone-card" style={{ borderTop: `3px solid ${color}` }}>
              <div className="gf-zone-card-head">
                <span className="gf-stat-card-icon" style={{ background: `${color}1a`, color }}>
                  {icon}
                </span>
                <span>{t(`statDash.article.${a}`)}</span>
              </div>
              {rows.slice(0, 4).map((h, i) => {
                const v = statParts(h.value, h.unit, lang);
                return (
                  <div
                    key={h.metric}
                    className={i === 0 ? "gf-zone-lead" : "gf-zone-row"}
                    data-testid={`zone-${h.metric}`}
                  >
                    <div className="gf-zone-name">
                      {metricName(h, lang)} <span className="gf-zone-period">{h.period}</span>
                    </div>
                    <div className="gf-zone-figure">
                      <span className="gf-zone-value">
                        {v.value}
                        {v.unit && <span className="gf-kpi-unit">{v.unit}</span>}
                      </span>
                      <span className="gf-zone-yoy">
                        {t("zone.yoy")} <Growth percent={h.yoyPercent} />
                        {i === 0 && h.yoyLikeForLikePercent !== null && (
                          <>
                            {" · "}
                            {t("zone.yoyLfl")} <Growth percent={h.yoyLikeForLikePercent} />
                          </>
                        )}
                      </span>
                    </div>
                  </div>
                );
              })}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
