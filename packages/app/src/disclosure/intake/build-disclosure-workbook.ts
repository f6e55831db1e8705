/**
 * The Excel template an organisation downloads to fill its disclosure offline: instructions, one sheet per topic,
 * and hidden metadata the reader checks on upload. Nothing is protected: filers must be able to paste freely.
 */
import type { DisclosureTemplate } from "@greenfin/reference";
import ExcelJS from "exceljs";
import { OptionLists } from "./option-lists";
import { uniqueSheetName } from "./sheet-name";
import { AUXILIARY_SHEETS, TEMPLATE_FORMAT_VERSION } from "./workbook-layout";
import { writeMetaSheet } from "./workbook-meta";
import { writeInstructionsSheet } from "./write-instructions-sheet";
import { type PrefillValues, writeTopicSheet } from "./write-topic-sheet";

export interface BuildDisclosureWorkbookOptions {
  readonly orgName: string;
  readonly periodLabel: string;
  /** The current draft, keyed `indicatorId#dimension`, to prefill. */
  readonly values?: PrefillValues;
}

export async function buildDisclosureWorkbook(
  template: DisclosureTemplate,
  opts: BuildDisclosureWorkbookOptions,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "GreenFin";
  writeInstructionsSheet(workbook, template, opts.orgName, opts.periodLabel);

  const taken = new Set(AUXILIARY_SHEETS.map((s) => s.toLowerCase()));
  const lists = new OptionLists();
  const values = opts.values ?? new Map();
  const sheets = template.topics.map((topic) => {
    const sheet = uniqueSheetName(topic.topic.zh, taken);
    writeTopicSheet(workbook, sheet, topic, values, lists);
    return { sheet, topicZh: topic.topic.zh };
  });

  writeMetaSheet(workbook, {
    formatVersion: TEMPLATE_FORMAT_VERSION,
    catalogueVersion: template.catalogueVersion,
    entityKind: template.entityKind,
    frameworks: template.frameworks,
    periodEnd: template.on,
    orgName: opts.orgName,
    periodLabel: opts.periodLabel,
    sheets,
  });
  lists.write(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
