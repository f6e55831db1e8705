import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { COLOUR_HEX, GRADE_COLOUR } from "./format";

/** A carbon-efficiency grade in its label colour ("3 级 · 黄"), or "not graded". */
export function GradeTag({
  grade,
  colour,
  testId,
  large,
}: {
  grade: number | null;
  colour: string | null;
  testId?: string;
  large?: boolean;
}) {
  const { t } = useTranslation();
  if (grade === null) return <Tag data-testid={testId}>{t("carbon.ungraded")}</Tag>;
  const c = colour ?? GRADE_COLOUR[grade] ?? "red";
  return (
    <Tag
      color={COLOUR_HEX[c] ?? "#9aa5b1"}
      data-testid={testId}
      data-grade={grade}
      style={large ? { fontSize: 16, padding: "4px 10px", lineHeight: "22px" } : undefined}
    >
      {t("carbon.grade", { grade })} · {t(`carbon.colour.${c}` as never)}
    </Tag>
  );
}
