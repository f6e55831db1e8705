import { DeleteOutlined } from "@ant-design/icons";
import type { TIntakeProblem, TTemplateItem } from "@greenfin/contracts";
import { Button, Input, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../../lib/labels";
import { type DraftCell, isBlank, type RowSpec, rowSuffix } from "./draftModel";
import { FieldMessages } from "./FieldMessages";
import { ReadOnlyValue } from "./ReadOnlyValue";
import { ValueControl } from "./ValueControl";

interface Props {
  item: TTemplateItem;
  row: RowSpec;
  cell: DraftCell;
  problems: readonly TIntakeProblem[];
  readOnly: boolean;
  /** Whether the indicator has breakdown rows (then each row carries its label). */
  labelled: boolean;
  onChange: (dimension: string, cell: DraftCell) => void;
}

/** One value of an indicator (its total or one breakdown member): input, "reason not disclosed", messages. */
export function ValueRow({ item, row, cell, problems, readOnly, labelled, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const suffix = `-${item.id}${rowSuffix(row.dimension)}`;
  const testId = `field${suffix}`;
  const status = problems.some((p) => p.severity === "error")
    ? "error"
    : problems.some((p) => p.severity === "warning")
      ? "warning"
      : undefined;
  const totalLabel =
    item.type === "number" || item.type === "percent" ? t("disclosure.form.total") : t("disclosure.form.overall");
  const label = row.dimension === "" ? totalLabel : ((lang === "en" ? row.labelEn : row.labelZh) ?? row.dimension);
  const change = (c: DraftCell) => onChange(row.dimension, c);
  // The reason box is open for what must be disclosed (or explained), and on request for the rest.
  const [reasonWanted, setAskReason] = useState(false);
  const askReason =
    reasonWanted ||
    cell.reason !== "" ||
    item.level === "mandatory" ||
    item.level === "comply_or_explain" ||
    problems.some((p) => p.code === "MANDATORY_MISSING");

  return (
    <div className={labelled ? "gf-dsc-row gf-dsc-row-labelled" : "gf-dsc-row"} data-dimension={row.dimension}>
      {labelled && (
        <div className="gf-dsc-row-label" title={row.dimension}>
          {label}
        </div>
      )}
      <div className="gf-dsc-row-body">
        <div className="gf-dsc-row-inputs">
          {readOnly ? (
            <ReadOnlyValue item={item} cell={cell} testId={testId} />
          ) : (
            <ValueControl item={item} cell={cell} testId={testId} status={status} onChange={change} />
          )}
          {!readOnly && row.open && (
            <Tooltip title={t("disclosure.form.removeRow")}>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t("disclosure.form.removeRow")}
                onClick={() => change({ ...cell, value: null, reason: "" })}
              />
            </Tooltip>
          )}
        </div>
        {!readOnly && isBlank(cell.value) && !askReason && (
          <Button
            type="link"
            size="small"
            className="gf-dsc-reason-link"
            onClick={() => setAskReason(true)}
            data-testid={`reason-toggle${suffix}`}
          >
            {t("disclosure.form.explain")}
          </Button>
        )}
        {!readOnly && isBlank(cell.value) && askReason && (
          <Input
            size="small"
            className="gf-dsc-reason"
            value={cell.reason}
            maxLength={2000}
            data-testid={`reason${suffix}`}
            placeholder={t("disclosure.form.reasonPlaceholder")}
            prefix={<span className="gf-dsc-reason-label">{t("disclosure.form.reason")}</span>}
            onChange={(e) => change({ ...cell, reason: e.target.value })}
          />
        )}
        <FieldMessages problems={problems} suffix={suffix} />
      </div>
    </div>
  );
}
