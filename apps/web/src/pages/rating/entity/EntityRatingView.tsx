import { Card, Empty, Skeleton, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { orgName, useLang } from "../../../lib/labels";
import { RecordedControversies } from "../result/RecordedControversies";
import { ResultView } from "../result/ResultView";
import { bi } from "../shared/format";
import { useEntityRatings } from "../shared/queries";
import { RatingNavButtons } from "../shared/RatingNavButtons";

/**
 * An organisation's rating page: its latest published rating under each methodology, explained in full, and the
 * controversies recorded about it. The organisation's own page, or a grantee's / the district's view of it.
 */
export function EntityRatingView({ orgId, own }: { orgId: string; own: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useEntityRatings(orgId);
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  const header = (
    <PageHeader
      title={own ? t("rating.entity.title") : d ? orgName(d.entity, lang) : t("rating.entity.title")}
      subtitle={own ? t("rating.entity.subtitleOwn") : (d?.entity.industryCode ?? undefined)}
      extra={<RatingNavButtons />}
    />
  );
  if (!d)
    return (
      <div data-testid="page-rating-entity">
        {header}
        <Skeleton active paragraph={{ rows: 14 }} />
      </div>
    );
  const recorded = d.controversies;
  return (
    <div data-testid="page-rating-entity">
      {header}
      {d.latest.length === 0 ? (
        <>
          <Card variant="borderless">
            <Empty description={t("rating.entity.none")} data-testid="entity-no-rating">
              <div className="gf-sub">{t("rating.entity.noneHint")}</div>
            </Empty>
          </Card>
          {recorded.length > 0 && (
            <div style={{ marginTop: 16 }}>
              <RecordedControversies items={recorded} />
            </div>
          )}
        </>
      ) : d.latest.length === 1 && d.latest[0] ? (
        <ResultView detail={d.latest[0]} recorded={recorded} />
      ) : (
        <Tabs
          items={d.latest.map((r) => ({
            key: r.run.methodology,
            label: `${bi(r.run.methodologyName, lang)} · ${r.result.finalGrade}`,
            children: <ResultView detail={r} recorded={recorded} />,
          }))}
        />
      )}
    </div>
  );
}
