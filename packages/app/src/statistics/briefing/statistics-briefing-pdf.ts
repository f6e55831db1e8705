/** GET /api/statistics/briefing.pdf?period=YYYY-MM (district): the briefing's bytes and its file name. */
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { buildBriefingModel } from "./briefing-model";
import { renderBriefingPdf } from "./render-briefing-pdf";

export async function statisticsBriefingPdf(
  p: Platform,
  actor: Actor,
  period: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (typeof period !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw AppError.validation([
      { path: "period", messageZh: "period：应为月份，如 2026-03", messageEn: "period: a month, e.g. 2026-03" },
    ]);
  const model = await buildBriefingModel(p, actor, period);
  return { bytes: await renderBriefingPdf(model), fileName: `示范区统计简报-${period}.pdf` };
}
