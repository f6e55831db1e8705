import { Input } from "antd";
import { cleanTyped, groupDigits } from "../shared/figures";

/**
 * A figure typed as text and kept as text: shown with its digits grouped, handed on without separators, so an
 * amount in yuan never passes through a float. Anything that is not a number reaches the server as typed, which
 * says what is wrong with it.
 */
export function FigureInput({
  value,
  unit,
  status,
  disabled,
  testId,
  onChange,
}: {
  value: string;
  unit: string;
  status?: "error" | "warning" | undefined;
  disabled?: boolean;
  testId: string;
  onChange: (v: string) => void;
}) {
  return (
    <Input
      value={groupDigits(value)}
      inputMode="decimal"
      autoComplete="off"
      suffix={<span style={{ color: "#5b6b63" }}>{unit}</span>}
      status={status}
      disabled={disabled}
      data-testid={testId}
      style={{ maxWidth: 300, textAlign: "right" }}
      onChange={(e) => onChange(cleanTyped(e.target.value))}
    />
  );
}
