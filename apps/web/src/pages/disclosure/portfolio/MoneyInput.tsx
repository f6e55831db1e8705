import { Input } from "antd";
import { groupDecimal } from "../shared/payloadText";

/**
 * An amount in 元 typed as text: shown with thousands separators, handed to the form without them
 * ("12,345,678.9" → "12345678.9"), so money never passes through a float.
 */
export function MoneyInput({
  value,
  onChange,
  testId,
}: {
  value?: string;
  onChange?: (v: string) => void;
  testId?: string;
}) {
  const raw = value ?? "";
  const [int = "", frac] = raw.split(".");
  const shown = raw === "" ? "" : `${groupDecimal(int)}${frac === undefined ? "" : `.${frac}`}`;
  return (
    <Input
      value={shown}
      inputMode="decimal"
      suffix="元"
      data-testid={testId}
      onChange={(e) => onChange?.(e.target.value.replace(/[,，\s]/g, ""))}
    />
  );
}
