/** The national ETS position: the sector, allowances against verified emissions, the balance at the CEA price. */
import { CELL, NOTE } from "../../reports/pdf/pdf-styles";
import type { TableCell } from "../../reports/pdf/pdf-table";
import { BODY, type DrawSection, fieldSection, NUMBER, num, t3, text } from "./carbon-pdf-kit";
import { pickName, priceLabel } from "./carbon-report-format";
import { say } from "./carbon-report-text";

/** Drawn only for an enterprise in a sector the ETS covers (the model has `ets`). */
export const drawEts: DrawSection = (pager, title, model, lang) => {
  const ets = model.ets!;
  const rows: TableCell[][] = [[text(say("etsSector", lang)), text(pickName(ets.sector, lang))]];
  const a = ets.allocation;
  const pos = ets.position;
  if (a) {
    rows.push(
      [text(say("allocated", lang)), num(a.allocated)],
      [
        text(say("verified", lang)),
        {
          blocks: [
            { text: t3(a.verified), style: NUMBER },
            ...(a.verifiedBasis === "verified" ? [] : [{ text: say("verifiedEstimate", lang), style: NOTE }]),
          ],
        },
      ],
      [text(say("allocationSource", lang)), text(a.source, NOTE)],
    );
  }
  if (pos) {
    rows.push(
      [text(say("balance", lang)), num(pos.balance)],
      [text(say("position", lang)), text(say(pos.position, lang))],
      [
        text(say("price", lang)),
        {
          blocks: [
            { text: priceLabel(pos.price, lang), style: CELL },
            { text: say("factorSource", lang) + pos.price.source, style: NOTE },
          ],
        },
      ],
      [text(say("positionValue", lang)), num(pos.value, 2)],
    );
  }
  return fieldSection(pager, lang, title, rows, [
    ...(a ? [] : [{ text: say("noAllocation", lang), style: BODY, gap: 6 }]),
    ...(pos?.trace ?? []).map((line, i) => ({ text: line, style: NOTE, gap: i === 0 ? 6 : 1 })),
  ]);
};
