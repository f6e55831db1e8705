// The committee briefing PDF (issue 8 item 7).
export { type BriefingModel, buildBriefingModel } from "./briefing-model";
export { statisticsBriefingPdf } from "./statistics-briefing-pdf";
