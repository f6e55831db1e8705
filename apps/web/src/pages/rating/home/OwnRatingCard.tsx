import { StarOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Skeleton, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useSession } from "../../../app/auth";
import { useLang } from "../../../lib/labels";
import { bi, fixed } from "../shared/format";
import { useEntityRatings } from "../shared/queries";
import { useMethodologyLookup } from "../shared/useMethodologyLookup";
import { GradeBadge } from "../shared/widgets";
import "../shared/rating.css";

/** An enterprise's (or fund manager's) home card: its published ESG grade, linking to its rating page. */
export function OwnRatingCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const m = useMethodologyLookup();
  const q = useEntityRatings(session.activeOrg.id);
  const latest = q.data?.latest ?? [];
  return (
    <Card
      variant="borderless"
      title={t("rating.home.ownCard")}
      data-testid="home-own-rating"
      style={{ height: "100%" }}
      extra={
        <Link to="/rating">
          <Button type="link" icon={<StarOutlined />} data-testid="home-own-rating-link">
            {t("rating.home.ownOpen")}
          </Button>
        </Link>
      }
    >
      {q.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : latest.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("rating.home.ownNone")} />
      ) : (
        <Space size={32} wrap>
          {latest.map((r) => (
            <Space key={r.result.id} size={16} align="center">
              <GradeBadge
                grade={r.result.finalGrade}
                grades={m.grades(r.run.methodology)}
                size="large"
                testId="home-own-grade"
              />
              <div>
                <div className="gf-rating-hero-score">{fixed(r.result.score)}</div>
                <div className="gf-sub">
                  {t("rating.home.ownLine", { year: r.run.periodYear, methodology: bi(r.run.methodologyName, lang) })}
                </div>
              </div>
            </Space>
          ))}
        </Space>
      )}
    </Card>
  );
}
