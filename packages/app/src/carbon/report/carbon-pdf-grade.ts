/** How intensive the emissions are: per revenue, value added and output, and the industry's L/K grade. */
import { lineHeight } from "../../reports/pdf/pdf-layout";
import { HEADER, NOTE } from "../../reports/pdf/pdf-styles";
import type { TableCell } from "../../reports/pdf/pdf-table";
import { colon } from "../../reports/report-words";
import {
  BODY,
  type DrawSection,
  fieldSection,
  header,
  num,
  paragraphs,
  tableSection,
  text,
  tint,
  titleSection,
} from "./carbon-pdf-kit";
import {
  COLOUR_FILL,
  colourLabel,
  formatDecimal,
  gradeLabel,
  intensityNote,
  pickName,
  unitLabel,
} from "./carbon-report-format";
import type { CarbonReportModel } from "./carbon-report-model";
import { type CarbonReportTextKey, say } from "./carbon-report-text";

type Intensity = CarbonReportModel["account"]["intensities"]["perRevenue"];

export const drawIntensities: DrawSection = (pager, title, model, lang) => {
  const i = model.account.intensities;
  const entries: [CarbonReportTextKey, Intensity][] = [
    ["perRevenue", i.perRevenue],
    ["perValueAdded", i.perValueAdded],
    ["perProductOutput", i.perProductOutput],
  ];
  const rows = entries.map(([key, v]) => [
    text(say(key, lang)),
    text(v.value === null ? say("none", lang) : `${formatDecimal(v.value, 6)} ${unitLabel(v.unit, lang)}`),
    text(
      v.denominator
        ? `${formatDecimal(v.denominator.quantity, 3)} ${unitLabel(v.denominator.unit, lang)}`
        : say("none", lang),
    ),
    text(
      intensityNote(v.note, (item) => itemNames(model, item), lang),
      NOTE,
    ),
  ]);
  return tableSection(
    pager,
    lang,
    title,
    [105, 125, 105],
    header(["colIntensity", "colValue", "colDenominator", "colNote"], lang),
    rows,
  );
};

export const drawGrade: DrawSection = (pager, title, model, lang) => {
  const g = model.grade;
  if (!g) {
    const start = titleSection(pager, title, lineHeight(BODY) * 2);
    paragraphs(pager, [{ text: say("notGraded", lang), style: BODY }]);
    return start;
  }
  const e = g.explanation;
  const gradeCell: TableCell = {
    blocks: [{ text: `${gradeLabel(g.grade, lang)} · ${colourLabel(g.colour, lang)}`, style: HEADER }],
    fill: tint(COLOUR_FILL[g.colour]),
  };
  const rows: TableCell[][] = [
    [text(say("industryGroup", lang)), text(g.industryGroup)],
    [text(say("lValue", lang)), num(g.l, 6)],
    [text(say("industryL", lang)), num(g.industryL, 6)],
    [text(say("kValue", lang)), num(g.k, 6)],
    [text(say("grade", lang)), gradeCell],
    ...(e?.level ? [[text(say("level", lang)), text(pickName(e.level, lang))]] : []),
    ...(e?.peers !== undefined ? [[text(say("peers", lang)), text(String(e.peers))]] : []),
    ...(e?.method ? [[text(say("method", lang)), text(e.method, NOTE)]] : []),
  ];
  // The working: L, the industry average (the rule's own sentence) and K, with the figures put in.
  const trace = e?.trace ?? [];
  return fieldSection(pager, lang, title, rows, [
    { text: say("trace", lang) + colon(lang), style: NOTE, gap: 6 },
    ...trace.map((line) => ({ text: line, style: NOTE, gap: 1 })),
  ]);
};

/** An activity item's names, or its code in both languages for an item the factor set does not name. */
function itemNames(model: CarbonReportModel, item: string): { zh: string; en: string } {
  const n = model.itemNames[item];
  return n ? { zh: n.nameZh, en: n.nameEn } : { zh: item, en: item };
}
