import { BookOutlined, EditOutlined } from "@ant-design/icons";
import type { TRatingResultDetail } from "@greenfin/contracts";
import { Alert, Button, Card, Col, Progress, Row, Space, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { useRatingAccess } from "../shared/access";
import { bi, fixed, gradeColor, methodologyPath } from "../shared/format";
import { GradeBadge, HashText, RunStatusTag } from "../shared/widgets";
import { OverrideModal } from "./OverrideModal";

const PILLAR_COLORS: Record<string, string> = { E: "#3fb984", S: "#1d7fb8", G: "#c9a227" };

/** The methodology's scale, best grade first, with the entity's grade filled in its colour. */
function ScaleRuler({ scale, grade }: { scale: readonly { grade: string; minScore: string }[]; grade: string }) {
  const grades = scale.map((s) => s.grade);
  return (
    <div className="gf-scale" data-testid="result-scale">
      {scale.map((s) => {
        const on = s.grade === grade;
        return (
          <div
            key={s.grade}
            className={`gf-scale-cell${on ? " gf-scale-on" : ""}`}
            style={
              on ? { background: gradeColor(s.grade, grades), borderColor: gradeColor(s.grade, grades) } : undefined
            }
          >
            <div className="gf-scale-grade">{s.grade}</div>
            <div className="gf-scale-min">≥{s.minScore}</div>
          </div>
        );
      })}
    </div>
  );
}

/** The grade and score in large, the pillars beside them, and (for an analyst) the override button. */
export function ResultHero({
  detail,
  scale,
  maxNotches,
}: {
  detail: TRatingResultDetail;
  scale: readonly { grade: string; minScore: string }[];
  maxNotches: number;
}) {
  const grades = scale.map((s) => s.grade);
  const { t } = useTranslation();
  const lang = useLang();
  const a = useRatingAccess();
  const [open, setOpen] = useState(false);
  const { result, run, explanation: x } = detail;
  const overridden = result.finalGrade !== result.computedGrade;
  const mayOverride = a.canPropose && run.org.id === a.orgId && run.status === "completed";
  const live = result.override && result.override.status !== "rejected";

  return (
    <Card variant="borderless" data-testid="result-hero">
      {run.status !== "published" && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t("rating.result.notPublished")} />
      )}
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} xl={10}>
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }} data-testid="result-entity">
            {orgName(result.entity, lang)}
          </Typography.Title>
          <div className="gf-sub" style={{ marginBottom: 16 }}>
            {t("rating.result.industry", { code: result.industryCode, group: bi(result.industryGroupName, lang) })} ·{" "}
            {t("rating.field.periodYear", { year: run.periodYear })} · {t("rating.field.asOf")}{" "}
            {formatDate(run.asOf, lang)} <RunStatusTag status={run.status} />
          </div>
          <div className="gf-rating-hero">
            <div>
              <div className="gf-rating-hero-label">{t("rating.result.grade")}</div>
              <GradeBadge grade={result.finalGrade} grades={grades} size="large" testId="result-grade" />
            </div>
            <div>
              <div className="gf-rating-hero-label">{t("rating.result.score")}</div>
              <div className="gf-rating-hero-score" data-testid="result-score">
                {fixed(result.score)}
              </div>
              <div className="gf-sub">/ 100</div>
            </div>
          </div>
          <Space wrap style={{ marginTop: 12 }}>
            {overridden ? (
              <Tag color="success" data-testid="result-overridden">
                {t("rating.result.overridden", { from: result.computedGrade, to: result.finalGrade })}
              </Tag>
            ) : (
              <Tag>{t("rating.result.computed", { grade: result.computedGrade })}</Tag>
            )}
            <Link to={methodologyPath(run.methodology)} data-testid="result-methodology">
              <Button size="small" icon={<BookOutlined />}>
                {bi(run.methodologyName, lang)} {run.methodology.split("@")[1]}
              </Button>
            </Link>
            {mayOverride && (
              <Tooltip title={live ? t("rating.result.overrideDisabled") : undefined}>
                <Button
                  size="small"
                  type="primary"
                  ghost
                  icon={<EditOutlined />}
                  disabled={!!live}
                  onClick={() => setOpen(true)}
                  data-testid="result-override"
                >
                  {t("rating.result.overrideButton")}
                </Button>
              </Tooltip>
            )}
          </Space>
          <div className="gf-sub" style={{ marginTop: 10 }}>
            {t("rating.field.resultHash")} <HashText hash={result.resultHash} />
          </div>
        </Col>
        <Col xs={24} xl={14}>
          <div className="gf-rating-hero-label" style={{ marginBottom: 8 }}>
            {t("rating.result.pillars")}
          </div>
          <Row gutter={[12, 12]}>
            {x.pillars.map((p) => (
              <Col xs={24} md={8} key={p.id}>
                <div className="gf-pillar" data-testid={`pillar-${p.id}`}>
                  <div className="gf-pillar-name">
                    {p.id} · {bi(p.name, lang)}
                  </div>
                  <div className="gf-pillar-score" style={{ color: PILLAR_COLORS[p.id] }}>
                    {p.score === null ? t("rating.result.noScore") : fixed(p.score)}
                  </div>
                  <Progress
                    percent={p.score === null ? 0 : Number(p.score)}
                    showInfo={false}
                    strokeColor={PILLAR_COLORS[p.id]}
                    size="small"
                  />
                  <div className="gf-pillar-foot">
                    {t("rating.result.pillarWeight", { weight: fixed(p.weight, 1) })} ·{" "}
                    {t("rating.result.pillarContribution", { value: fixed(p.contribution) })}
                  </div>
                </div>
              </Col>
            ))}
          </Row>
          <ScaleRuler scale={scale} grade={result.finalGrade} />
        </Col>
      </Row>
      {mayOverride && (
        <OverrideModal
          open={open}
          onClose={() => setOpen(false)}
          detail={detail}
          grades={grades}
          maxNotches={maxNotches}
        />
      )}
    </Card>
  );
}
