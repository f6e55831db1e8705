import type { TGreenCandidate } from "@greenfin/contracts";
import { Progress, Space, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { fmtConfidence } from "./format";

const OUTCOME_COLORS = {
  met: "success",
  missed: "error",
  "not-comparable": "default",
  "not-stated": "default",
} as const;

/** One proposed category with its confidence and every piece of evidence the classifier used. */
export function CandidateCard({ candidate: c, top }: { candidate: TGreenCandidate; top: boolean }) {
  const { t } = useTranslation();
  const colon = t("green.colon");
  const lang = useLang();
  const en = lang === "en";
  const terms = c.evidence.terms.filter((x) => x.weight > 0);
  const industry = c.evidence.industry;
  return (
    <div className={`gf-green-candidate${top ? " top" : ""}`} data-testid="green-candidate" data-code={c.code}>
      <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
        <div style={{ minWidth: 0 }}>
          {top && <Tag color="green">{t("green.classify.top")}</Tag>}
          <b className="gf-green-mono">{c.code}</b> <b>{en ? c.nameEn : c.nameZh}</b>
          <div className="gf-green-sub">{(en ? c.pathEn : c.pathZh).slice(0, -1).join(" › ")}</div>
        </div>
        <Tooltip title={t("green.classify.confidence")}>
          <Progress
            type="circle"
            size={44}
            percent={Math.round(c.confidence * 100)}
            format={() => fmtConfidence(c.confidence)}
            data-testid="green-candidate-confidence"
          />
        </Tooltip>
      </div>
      {terms.length > 0 && (
        <div style={{ marginTop: 6 }} data-testid="green-candidate-terms">
          <span className="gf-green-sub">
            {t("green.classify.terms")}
            {colon}
          </span>
          {terms.map((x) => (
            <Tag key={`${x.field}-${x.start}-${x.term}`} color="green" data-testid="green-term">
              {x.text}
            </Tag>
          ))}
        </div>
      )}
      {industry && (
        <div className="gf-green-sub" style={{ marginTop: 4 }} data-testid="green-candidate-industry">
          {t("green.classify.industry")}
          {colon}
          {t("green.classify.industryMatch", {
            code: industry.code,
            match: t(`green.classify.match.${industry.match === "division" ? "division" : "class"}`),
          })}
          {industry.classes.length > 0 && ` · ${industry.classes.map((k) => `${k.code} ${k.nameZh}`).join("、")}`}
        </div>
      )}
      {c.evidence.parameters.length > 0 ? (
        <Space size={4} wrap style={{ marginTop: 4 }}>
          <span className="gf-green-sub">
            {t("green.classify.parameters")}
            {colon}
          </span>
          {c.evidence.parameters.map((p) => (
            <Tooltip key={`${p.key}-${p.rule}`} title={p.rule}>
              <Tag color={OUTCOME_COLORS[p.outcome]} data-testid="green-parameter" data-outcome={p.outcome}>
                {en ? p.nameEn : p.nameZh} · {t(`green.classify.outcome.${p.outcome}`)}
              </Tag>
            </Tooltip>
          ))}
        </Space>
      ) : (
        <div className="gf-green-sub" style={{ marginTop: 4 }}>
          {t("green.classify.parameters")}
          {colon}
          {en ? c.evidence.parametersNote.en : c.evidence.parametersNote.zh}
        </div>
      )}
      {c.evidence.corrections.length > 0 && (
        <div className="gf-green-sub">{t("green.classify.corrections", { count: c.evidence.corrections.length })}</div>
      )}
    </div>
  );
}
