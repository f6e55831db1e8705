import type { TTemplateItem } from "@greenfin/contracts";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../../lib/labels";
import { groupDecimal, unitLabel } from "../../shared/payloadText";
import { type DraftCell, isBlank } from "./draftModel";

/** A value shown, not edited (submitted disclosures, reviewers, grantees). */
export function ReadOnlyValue({ item, cell, testId }: { item: TTemplateItem; cell: DraftCell; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (isBlank(cell.value))
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {cell.reason ? t("disclosure.form.notDisclosed", { reason: cell.reason }) : t("disclosure.form.empty")}
      </Typography.Text>
    );
  let text: string;
  if (typeof cell.value === "boolean") text = cell.value ? t("common.yes") : t("common.no");
  else if (Array.isArray(cell.value)) text = cell.value.join(lang === "en" ? ", " : "、");
  else if (item.type === "number" || item.type === "percent")
    text = `${groupDecimal(String(cell.value))} ${unitLabel(cell.unit, item.unitChoices, lang)}`.trim();
  else text = String(cell.value);
  return (
    <div className="gf-dsc-readonly" data-testid={testId}>
      {text}
    </div>
  );
}
