/**
 * The statistics workbook's layout, shared by the writer and the reader: one data sheet whose first rows name the
 * template and the period, a header row, then one row per metric total and per breakdown item; and an instructions
 * sheet. The reader finds the data columns by position and checks the header, so a reordered sheet is refused.
 */
export const DATA_SHEET = "报表 Report";
export const INSTRUCTIONS_SHEET = "填报说明 Instructions";

/** Meta cells: the template reference and the period the workbook is for. */
export const TEMPLATE_CELL = { row: 1, column: "B" } as const;
export const PERIOD_CELL = { row: 2, column: "B" } as const;
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;

export interface StatColumn {
  readonly letter: string;
  readonly zh: string;
  readonly en: string;
  readonly width: number;
}

export const STAT_COLUMNS = {
  metric: { letter: "A", zh: "指标代码", en: "Metric key", width: 30 },
  nameZh: { letter: "B", zh: "指标名称", en: "Name (zh)", width: 34 },
  nameEn: { letter: "C", zh: "英文名称", en: "Name (en)", width: 40 },
  unit: { letter: "D", zh: "单位", en: "Unit", width: 10 },
  item: { letter: "E", zh: "分项代码", en: "Item", width: 10 },
  itemName: { letter: "F", zh: "分项名称", en: "Item name", width: 28 },
  value: { letter: "G", zh: "数值", en: "Value", width: 20 },
  source: { letter: "H", zh: "预填来源", en: "Pre-filled from", width: 28 },
} as const satisfies Record<string, StatColumn>;

export const headerText = (c: StatColumn) => `${c.zh} ${c.en}`;

export const UNIT_LABELS: Readonly<Record<string, string>> = {
  yuan: "元 yuan",
  count: "个 count",
  percent: "% percent",
  tCO2e: "tCO2e",
};

export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  "green-financings": "平台绿色贷款标识 / platform green-loan labels",
  marketplace: "平台融资对接 / platform marketplace",
  reported: "本机构已填报 / already entered",
};
