import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/dates";
import { useLang } from "../../../../lib/labels";

export interface ShownComment {
  id: string;
  dimension: string;
  comment: string;
  createdAt: string;
}

/** What the reviewer asked to fix on this indicator, in a red callout. */
export function ReturnedComments({
  indicatorId,
  comments,
}: {
  indicatorId: string;
  comments: readonly ShownComment[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Alert
      type="error"
      showIcon
      className="gf-dsc-callout"
      data-testid={`review-comment-${indicatorId}`}
      title={t("disclosure.review.commentTitle")}
      description={comments.map((c) => (
        <div key={c.id}>
          {c.dimension && <strong>{c.dimension}：</strong>}
          {c.comment}
          <span className="gf-dsc-callout-date"> · {formatDateTime(c.createdAt, lang)}</span>
        </div>
      ))}
    />
  );
}
