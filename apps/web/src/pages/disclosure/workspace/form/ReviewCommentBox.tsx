import { CommentOutlined } from "@ant-design/icons";
import { Input } from "antd";
import { useTranslation } from "react-i18next";

/**
 * The reviewer's "退回意见" for one indicator, collected until the decision is sent: one quiet line that grows
 * as the reviewer writes.
 */
export function ReviewCommentBox({
  indicatorId,
  value,
  onChange,
}: {
  indicatorId: string;
  value: string;
  onChange: (indicatorId: string, text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={value.trim() ? "gf-dsc-comment-box gf-dsc-comment-filled" : "gf-dsc-comment-box"}>
      <CommentOutlined className="gf-dsc-comment-icon" />
      <Input.TextArea
        variant={value.trim() ? "outlined" : "borderless"}
        autoSize={{ minRows: 1, maxRows: 6 }}
        maxLength={2000}
        value={value}
        placeholder={t("disclosure.review.commentPlaceholder")}
        data-testid={`comment-${indicatorId}`}
        onChange={(e) => onChange(indicatorId, e.target.value)}
      />
    </div>
  );
}
