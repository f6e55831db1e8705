/**
 * A report's A4 document: the page margins of the layout, buffered pages (footers and contents are drawn last), the
 * embedded CJK font, and a fixed creation date, so the same report gives the same bytes (pdfkit's file id is an md5
 * of the info dictionary, dates included).
 */
import PDFDocument from "pdfkit";
import type { ReportLang } from "../report-words";
import { FONT, PAGE, type Pdf } from "./pdf-layout";
import { reportFontBytes } from "./report-font";

export interface ReportPdfInfo {
  readonly lang: ReportLang;
  readonly title: string;
  readonly subject: string;
  /** The date the report stands for (a revision's generation time, an account's calculation date), never "now". */
  readonly created: Date;
  /** Where `created` comes from ("calculatedOn 2025-03-01"), for the error when it is not a valid date. */
  readonly createdFrom: string;
}

export interface ReportPdf {
  readonly doc: Pdf;
  /** Resolves with the file once `doc.end()` is called. */
  readonly bytes: Promise<Uint8Array>;
}

export function openReportPdf(info: ReportPdfInfo): ReportPdf {
  if (Number.isNaN(info.created.getTime())) throw new Error(`not a date: ${info.createdFrom}`);
  const doc: Pdf = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    lang: info.lang === "zh" ? "zh-CN" : "en",
    displayTitle: true,
    info: {
      Title: info.title,
      Author: "GreenFin",
      Subject: info.subject,
      Creator: "GreenFin",
      CreationDate: info.created,
      ModDate: info.created,
    },
  });
  const bytes = collect(doc);
  doc.registerFont(FONT, reportFontBytes());
  return { doc, bytes };
}

function collect(doc: Pdf): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}
