import type { TTemplateItem } from "@greenfin/contracts";
import { Input, Select, Space } from "antd";
import { useLang } from "../../../../lib/labels";
import { unitLabel } from "../../shared/payloadText";
import type { DraftCell } from "./draftModel";

interface Props {
  item: TTemplateItem;
  cell: DraftCell;
  testId: string;
  status?: "error" | "warning";
  onChange: (cell: DraftCell) => void;
}

/**
 * A number typed as text and kept as text: thousands separators, full-width digits and every decimal place reach
 * the server untouched (no JS float on the way). The unit is chosen beside it from the indicator's units.
 */
export function NumberControl({ item, cell, testId, status, onChange }: Props) {
  const lang = useLang();
  const text = typeof cell.value === "string" ? cell.value : "";
  const units = item.unitChoices;
  return (
    <Space.Compact style={{ width: "100%", maxWidth: 420 }}>
      <Input
        value={text}
        inputMode="decimal"
        autoComplete="off"
        status={status}
        data-testid={testId}
        className="gf-dsc-number"
        placeholder={item.type === "percent" ? "0–100" : "0"}
        onChange={(e) => onChange({ ...cell, value: e.target.value })}
      />
      {units.length > 1 ? (
        <Select
          value={cell.unit ?? undefined}
          style={{ width: 170, flex: "none" }}
          data-testid={`${testId}-unit`}
          popupMatchSelectWidth={false}
          options={units.map((u) => ({ value: u.id, label: lang === "en" ? u.en : u.zh }))}
          onChange={(unit) => onChange({ ...cell, unit })}
        />
      ) : units.length === 1 ? (
        <Space.Addon className="gf-dsc-unit">{unitLabel(units[0]?.id, units, lang)}</Space.Addon>
      ) : null}
    </Space.Compact>
  );
}
