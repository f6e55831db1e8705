/** The closing sections: the account's warnings and limitations, and the statement of method with both hashes. */
import { describeCarbonWarning } from "@greenfin/contracts";
import { lineHeight } from "../../reports/pdf/pdf-layout";
import { NOTE } from "../../reports/pdf/pdf-styles";
import { colon } from "../../reports/report-words";
import { BODY, type DrawSection, HASH, type Paragraph, paragraphs, titleSection } from "./carbon-pdf-kit";
import { methodLabel } from "./carbon-report-format";
import { say } from "./carbon-report-text";

export const drawWarnings: DrawSection = (pager, title, model, lang) => {
  const warnings = model.account.warnings;
  const start = titleSection(pager, title, lineHeight(BODY) * 2);
  const names = {
    item: (code: string) => {
      const n = model.itemNames[code];
      return n ? { zh: n.nameZh, en: n.nameEn } : { zh: code, en: code };
    },
    province: model.account.province,
  };
  // Each in the report's language; a Chinese one keeps the account's own (English) words under it, as stored.
  const items = warnings.flatMap((w, i): Paragraph[] => {
    const said = describeCarbonWarning(w, names)[lang];
    return [
      { text: `${i + 1}. ${said}`, style: BODY, gap: i === 0 ? 2 : 3 },
      ...(said === w ? [] : lang === "zh" ? [{ text: w, style: NOTE, gap: 1 }] : []),
    ];
  });
  paragraphs(pager, items.length ? items : [{ text: say("noWarnings", lang), style: BODY }]);
  return start;
};

export const drawMethod: DrawSection = (pager, title, model, lang) => {
  const start = titleSection(pager, title, lineHeight(BODY) * 4);
  paragraphs(pager, [
    { text: say("methodStatement", lang), style: BODY },
    { text: say("methodAccount", lang) + methodLabel(model.account.method, lang), style: BODY, gap: 6 },
    { text: say("methodFactors", lang) + model.factorSet, style: BODY, gap: 6 },
    { text: say("verifyHow", lang), style: BODY, gap: 6 },
    { text: `${say("inputsHash", lang)}${colon(lang)}${model.inputsHash}`, style: HASH, gap: 6 },
    { text: `${say("accountHash", lang)}${colon(lang)}${model.accountHash}`, style: HASH, gap: 2 },
  ]);
  return start;
};
