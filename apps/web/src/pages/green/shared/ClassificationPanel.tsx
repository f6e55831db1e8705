import type { TGreenClassification } from "@greenfin/contracts";
import { Alert, Empty, Spin } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { CandidateCard } from "./CandidateCard";
import { ClassificationFlags } from "./ClassificationFlags";
import { HighlightedText, type Span } from "./HighlightedText";

/** Where a matched term sits in the description: its stated span when it holds the term, else its first occurrence. */
function spansIn(description: string, c: TGreenClassification, shown: number): Span[] {
  const spans: Span[] = [];
  const lower = description.toLowerCase();
  for (const cand of c.candidates.slice(0, shown))
    for (const term of cand.evidence.terms) {
      if (term.field !== "description") continue;
      if (description.slice(term.start, term.end).toLowerCase() === term.text.toLowerCase()) spans.push(term);
      else {
        const at = lower.indexOf(term.text.toLowerCase());
        if (at >= 0) spans.push({ start: at, end: at + term.text.length });
      }
    }
  return spans;
}

/**
 * The classifier's answer, explained: the verdict, the top candidates with confidence and evidence (matched terms
 * highlighted in the description, industry-code match, parameter thresholds), exclusions, blue and transition flags.
 * The submit form shows it live; the project page shows the answer stored at submission.
 */
export function ClassificationPanel(props: {
  classification: TGreenClassification | null | undefined;
  description: string;
  loading?: boolean;
  shown?: number;
}) {
  const { t } = useTranslation();
  const colon = t("green.colon");
  const en = useLang() === "en";
  const c = props.classification;
  const shown = props.shown ?? 3;
  if (!c)
    return props.loading ? (
      <Spin description={t("green.classify.running")}>
        <div style={{ height: 80 }} />
      </Spin>
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("green.classify.waiting")} />
    );
  return (
    <div data-testid="green-classification" data-verdict={c.verdict} style={{ opacity: props.loading ? 0.6 : 1 }}>
      <Alert
        type={c.verdict === "green" ? "success" : "warning"}
        showIcon
        style={{ marginBottom: 8 }}
        data-testid="green-verdict"
        title={
          c.verdict === "green" && c.top
            ? `${t("green.classify.verdictGreen")}${colon}${c.top.code} ${en ? c.top.nameEn : c.top.nameZh}`
            : t("green.classify.verdictNone")
        }
      />
      {c.candidates.slice(0, shown).map((cand, i) => (
        <CandidateCard key={cand.code} candidate={cand} top={i === 0 && c.verdict === "green"} />
      ))}
      {props.description && (
        <div style={{ margin: "8px 0" }}>
          <div className="gf-green-sub">{t("green.classify.termsInText")}</div>
          <HighlightedText
            text={props.description}
            spans={spansIn(props.description, c, shown)}
            testId="green-highlighted"
          />
        </div>
      )}
      {c.industry && (
        <div className="gf-green-sub" style={{ marginBottom: 6 }}>
          {c.industry.recognised
            ? t("green.classify.industryListedBy", { code: c.industry.code, count: c.industry.itemsListingIt.length })
            : t("green.classify.industryUnknown", { code: c.industry.code })}
          {" · "}
          {t("green.classify.industryNote")}
        </div>
      )}
      <ClassificationFlags c={c} />
      <div className="gf-green-sub" style={{ marginTop: 6 }}>
        {t("green.classify.version", { catalogue: c.catalogue, threshold: c.threshold })}
      </div>
    </div>
  );
}
