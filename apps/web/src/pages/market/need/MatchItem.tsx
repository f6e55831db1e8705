import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from "@ant-design/icons";
import type { TNeedMatching } from "@greenfin/contracts";
import { Space, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { fmtRate } from "../needs-shared/format";
import { productName } from "../needs-shared/labels";
import { PriceExplain } from "../needs-shared/PriceExplain";
import { nameIn } from "../shared/names";

export type TNeedMatch = TNeedMatching["matches"][number];
type Reason = TNeedMatch["reasons"][number];

const ICON = {
  met: <CheckCircleFilled style={{ color: "#52c41a" }} />,
  "not-met": <CloseCircleFilled style={{ color: "#ff4d4f" }} />,
  unknown: <QuestionCircleFilled style={{ color: "#faad14" }} />,
} as const;

function ReasonLine({ r }: { r: Reason }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="gf-mk-formula" data-outcome={r.outcome}>
      {ICON[r.outcome]} <b>{t(`market.rule.${r.rule}`)}</b>
      {t("market.colon")}
      {lang === "en" ? r.en : r.zh}
    </div>
  );
}

/**
 * One ranked product: who offers it, the rules it met (or could not be judged), the rules it failed when excluded,
 * and the linked price it quotes this enterprise with how that price was made.
 */
export function MatchItem({ m, first }: { m: TNeedMatch; first?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const eligible = m.status === "eligible";
  const shown = eligible ? m.reasons : m.reasons.filter((r) => r.outcome === "not-met");
  const others = eligible ? [] : m.reasons.filter((r) => r.outcome !== "not-met");
  return (
    <div
      className={`gf-mk-match${first ? " first" : ""}${eligible ? "" : " excluded"}`}
      data-testid={`match-${m.productId}`}
      data-match-status={m.status}
    >
      <Space wrap size={[8, 4]} style={{ marginBottom: 6 }}>
        <Tag color={eligible ? "green" : "default"}>#{m.rank}</Tag>
        <b>{productName(m.product, lang === "en")}</b>
        <span className="gf-mk-sub">
          {nameIn(m.product.orgName, m.product.orgNameEn, lang)} · {t(`market.family.${m.product.family}`)}
        </span>
        {m.product.rateMin && m.product.rateMax && (
          <Tag>
            {t("market.match.rateRange")} {fmtRate(m.product.rateMin)}–{fmtRate(m.product.rateMax)}
          </Tag>
        )}
        <Tooltip title={t("market.match.scoreHint")}>
          <span className="gf-mk-sub">
            {t("market.match.score", { met: m.score.met, unknown: m.score.unknown, notMet: m.score.notMet })}
          </span>
        </Tooltip>
      </Space>
      {shown.map((r) => (
        <ReasonLine key={r.rule} r={r} />
      ))}
      {others.length > 0 && (
        <div className="gf-mk-sub" style={{ marginTop: 4 }}>
          {t("market.match.otherRules", {
            rules: others.map((r) => t(`market.rule.${r.rule}`)).join(lang === "en" ? ", " : "、"),
          })}
        </div>
      )}
      {eligible && m.price && (
        <div style={{ marginTop: 8 }}>
          <PriceExplain price={m.price} />
        </div>
      )}
      {eligible && !m.price && <div className="gf-mk-sub">{t("market.match.noTable")}</div>}
    </div>
  );
}
