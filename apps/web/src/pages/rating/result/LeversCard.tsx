import { RiseOutlined } from "@ant-design/icons";
import { Card, Col, Empty, Row, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { Explanation, Lever } from "../../../api/rating";
import { useLang } from "../../../lib/labels";
import { bi, fixed, valueText } from "../shared/format";
import { GradeBadge } from "../shared/widgets";

const COMPARATOR: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };

/** "What would move my grade": the three indicators whose improvement alone would raise the score most. */
export function LeversCard({ x, grades }: { x: Explanation; grades: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const indicator = (id: string) => x.indicators.find((i) => i.id === id);
  const target = (l: Lever) => {
    if (!l.target) return null;
    const ind = indicator(l.indicator);
    const v = valueText({ value: l.target.value, unit: ind?.unit ?? null }, lang, t);
    return `${COMPARATOR[l.target.comparator] ?? l.target.comparator} ${v}`;
  };
  return (
    <Card
      variant="borderless"
      title={
        <Space>
          <RiseOutlined />
          {t("rating.result.levers")}
        </Space>
      }
      data-testid="result-levers"
      style={{ height: "100%" }}
    >
      <div className="gf-sub" style={{ marginBottom: 12 }}>
        {t("rating.result.leversHint")}
      </div>
      {x.levers.length === 0 ? (
        <Empty description={t("rating.result.noLevers")} />
      ) : (
        <Row gutter={[12, 12]}>
          {x.levers.slice(0, 3).map((l) => {
            const ind = indicator(l.indicator);
            const tg = target(l);
            return (
              <Col xs={24} md={8} key={l.indicator}>
                <div className="gf-lever" data-testid="lever">
                  <div className="gf-lever-name">{ind ? bi(ind.name, lang) : l.indicator}</div>
                  <div className="gf-sub" style={{ marginBottom: 8 }}>
                    {bi(x.keyIssues.find((k) => k.id === l.keyIssue)?.name, lang)}
                  </div>
                  {tg && <div>{t("rating.result.leverTarget", { target: tg })}</div>}
                  <div className="gf-sub">
                    {t("rating.result.leverScore", { from: fixed(l.fromScore), to: fixed(l.toScore) })}
                  </div>
                  <div className="gf-lever-gain">{t("rating.result.leverGain", { gain: fixed(l.gain) })}</div>
                  <Space size={6}>
                    <span>{t("rating.result.leverNew", { score: fixed(l.newScore) })}</span>
                    <GradeBadge grade={l.newGrade} grades={grades} size="small" />
                  </Space>
                </div>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
