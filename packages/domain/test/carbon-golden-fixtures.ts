import { type AccountInput, type ActivityRow, usccCheckCharacter } from "../src/index";

/** A valid USCC from a 17-character body (the check character is computed, as a registry would). */
export const uscc = (body: string): string => body + usccCheckCharacter(body);

export const SHANDONG_PLANT = uscc("91370100MA3C00001");
export const CEMENT_PLANT = uscc("91370100MA3C00002");

let n = 0;
/** A row of an activity file; `ref` counts lines as a file would. */
export function row(
  enterprise: string,
  month: string,
  item: string,
  quantity: string,
  unit: string,
  meter = "",
): ActivityRow {
  n += 1;
  return { ref: `line ${n + 1}`, enterprise, meter, month, item, quantity, unit };
}

export function account(
  enterprise: string,
  year: number,
  rows: ActivityRow[],
  province: string | null = "山东",
  options: AccountInput["options"] = {},
): AccountInput {
  return {
    enterprise: { id: enterprise, industryCode: "C30", province },
    year,
    rows,
    calculatedOn: "2026-11-27",
    options,
  };
}
