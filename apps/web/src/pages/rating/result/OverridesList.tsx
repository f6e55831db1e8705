import type { TRatingOverride } from "@greenfin/contracts";
import { Card, Empty, Space, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/dates";
import { useLang } from "../../../lib/labels";
import { signed } from "../shared/format";
import { GradeBadge, OverrideStatusTag } from "../shared/widgets";

/** The overrides of one result: who proposed what and why, who decided and when. */
export function OverridesList({ overrides, grades }: { overrides: TRatingOverride[]; grades: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card variant="borderless" title={t("rating.result.overrides")} data-testid="result-overrides">
      {overrides.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("rating.result.noOverrides")} />
      ) : (
        <Timeline
          items={overrides.map((o) => ({
            key: o.id,
            color: o.status === "approved" ? "green" : o.status === "rejected" ? "gray" : "blue",
            content: (
              <div data-testid="result-override-item" data-status={o.status}>
                <Space size={6} wrap>
                  <OverrideStatusTag status={o.status} />
                  <GradeBadge grade={o.computedGrade} grades={grades} size="small" />→
                  <GradeBadge grade={o.toGrade} grades={grades} size="small" />
                  <span className="gf-sub">{signed(o.notches)}</span>
                </Space>
                <Typography.Paragraph style={{ margin: "6px 0 2px", whiteSpace: "pre-wrap" }}>
                  {o.rationale}
                </Typography.Paragraph>
                <div className="gf-sub">
                  {t("rating.result.proposedBy", { name: o.proposedBy, at: formatDateTime(o.proposedAt, lang) })}
                </div>
                {o.decidedBy && (
                  <div className="gf-sub">
                    {t("rating.result.decidedBy", {
                      name: o.decidedBy,
                      at: formatDateTime(o.decidedAt, lang),
                      decision: t(`rating.overrideStatus.${o.status}`),
                    })}
                    {o.decisionNote ? `：${o.decisionNote}` : ""}
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
