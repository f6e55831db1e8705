import { InfoCircleOutlined } from "@ant-design/icons";
import type { TIntakeProblem, TTemplateItem } from "@greenfin/contracts";
import { Tooltip } from "antd";
import { memo } from "react";
import { useLang } from "../../../../lib/labels";
import { LevelTag } from "../../shared/LevelTag";
import { AddRowControl } from "./AddRowControl";
import { cellFromStored, type DraftCell, type EditsByDim, rowsOf, type StoredByDim } from "./draftModel";
import { ReturnedComments, type ShownComment } from "./ReturnedComments";
import { ReviewCommentBox } from "./ReviewCommentBox";
import { ValueRow } from "./ValueRow";

const NO_PROBLEMS: readonly TIntakeProblem[] = [];

export interface IndicatorCardProps {
  item: TTemplateItem;
  stored: StoredByDim | undefined;
  edits: EditsByDim | undefined;
  added: readonly string[] | undefined;
  problems: readonly TIntakeProblem[] | undefined;
  returned: readonly ShownComment[] | undefined;
  readOnly: boolean;
  /** The reviewer's comment box, when a decision is pending. */
  reviewing: boolean;
  comment: string;
  onCell: (indicatorId: string, dimension: string, cell: DraftCell) => void;
  onAddRow: (indicatorId: string, dimension: string) => void;
  onComment: (indicatorId: string, text: string) => void;
}

/** One indicator: level, name and id, then a row per value (total, breakdown members), messages, comments. */
export const IndicatorCard = memo(function IndicatorCard(p: IndicatorCardProps) {
  const lang = useLang();
  const { item } = p;
  const rows = rowsOf(item, p.stored, p.added);
  const labelled = rows.length > 1 || item.openDimensions.length > 0;
  const problems = p.problems ?? NO_PROBLEMS;
  const hasError = problems.some((x) => x.severity === "error");
  const onChange = (dimension: string, cell: DraftCell) => p.onCell(item.id, dimension, cell);
  // A problem about a breakdown the form has no row for shows on the first row, never nowhere.
  const dims = new Set(rows.map((r) => r.dimension));
  const problemsOf = (dimension: string, first: boolean) =>
    problems.filter((x) => (x.dimension ?? "") === dimension || (first && !dims.has(x.dimension ?? "")));

  return (
    <div
      className={`gf-dsc-item${hasError ? " gf-dsc-item-error" : ""}${p.returned?.length ? " gf-dsc-item-returned" : ""}`}
      id={`item-${item.id}`}
      data-testid={`item-${item.id}`}
    >
      <div className="gf-dsc-item-head">
        <LevelTag item={item} />
        <span className="gf-dsc-item-name">{lang === "en" ? item.nameEn : item.nameZh}</span>
        <span className="gf-mono gf-dsc-item-id">{item.id}</span>
        {item.notes && (
          <Tooltip title={item.notes}>
            <InfoCircleOutlined className="gf-dsc-item-info" />
          </Tooltip>
        )}
      </div>
      {p.returned && p.returned.length > 0 && <ReturnedComments indicatorId={item.id} comments={p.returned} />}
      {rows.map((r, i) => (
        <ValueRow
          key={r.dimension}
          item={item}
          row={r}
          labelled={labelled}
          readOnly={p.readOnly}
          cell={p.edits?.[r.dimension] ?? cellFromStored(item, p.stored?.[r.dimension])}
          problems={problemsOf(r.dimension, i === 0)}
          onChange={onChange}
        />
      ))}
      {!p.readOnly && item.openDimensions.length > 0 && <AddRowControl item={item} onAdd={p.onAddRow} />}
      {p.reviewing && <ReviewCommentBox indicatorId={item.id} value={p.comment} onChange={p.onComment} />}
    </div>
  );
});
