import { CloseCircleOutlined } from "@ant-design/icons";
import type { TTemplateItem } from "@greenfin/contracts";
import { Button, DatePicker, Input, Radio, Select, Space } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { DraftCell } from "./draftModel";
import { NumberControl } from "./NumberControl";

interface Props {
  item: TTemplateItem;
  cell: DraftCell;
  testId: string;
  status?: "error" | "warning";
  onChange: (cell: DraftCell) => void;
}

/** The input that fits the indicator's type: number with unit, 是/否, option list, date, or text. */
export function ValueControl({ item, cell, testId, status, onChange }: Props) {
  const { t } = useTranslation();
  switch (item.type) {
    case "number":
    case "percent":
      return <NumberControl item={item} cell={cell} testId={testId} status={status} onChange={onChange} />;
    case "boolean":
      return (
        <Space size={4}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            data-testid={testId}
            value={typeof cell.value === "boolean" ? cell.value : undefined}
            onChange={(e) => onChange({ ...cell, value: e.target.value as boolean })}
            options={[
              { value: true, label: t("common.yes") },
              { value: false, label: t("common.no") },
            ]}
          />
          {typeof cell.value === "boolean" && (
            <Button
              type="text"
              size="small"
              icon={<CloseCircleOutlined />}
              aria-label={t("disclosure.form.clear")}
              onClick={() => onChange({ ...cell, value: null })}
            />
          )}
        </Space>
      );
    case "enum":
      return (
        <Select
          mode={item.multiSelect ? "multiple" : undefined}
          allowClear
          status={status}
          data-testid={testId}
          style={{ width: "100%", maxWidth: 420 }}
          placeholder={t("disclosure.form.choose")}
          value={(cell.value as string | string[] | null) ?? undefined}
          options={item.enumOptions.map((o) => ({ value: o, label: o }))}
          onChange={(v: string | string[] | undefined) => onChange({ ...cell, value: v ?? null })}
        />
      );
    case "date":
      return (
        <DatePicker
          status={status}
          data-testid={testId}
          value={typeof cell.value === "string" && cell.value ? dayjs(cell.value) : null}
          onChange={(d) => onChange({ ...cell, value: d ? d.format("YYYY-MM-DD") : null })}
        />
      );
    case "text":
      return (
        <Input.TextArea
          status={status}
          data-testid={testId}
          autoSize={{ minRows: 1, maxRows: 8 }}
          maxLength={10_000}
          value={typeof cell.value === "string" ? cell.value : ""}
          onChange={(e) => onChange({ ...cell, value: e.target.value })}
        />
      );
  }
}
