import { Button, Card, Col, Row, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useLang } from "../../../lib/labels";
import { bi, gradeColor, maybe, methodologyPath } from "../shared/format";
import { useMethodologies } from "../shared/queries";
import "../shared/rating.css";

/** /rating/methodologies — every released methodology version, each with its scale and a link to its page. */
export default function MethodologiesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useMethodologies();
  return (
    <div data-testid="page-rating-methodologies">
      <PageHeader title={t("rating.methodology.listTitle")} subtitle={t("rating.methodology.listSubtitle")} />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          {(q.data ?? []).map((m) => {
            const grades = m.scale.map((s) => s.grade);
            return (
              <Col xs={24} xl={12} key={m.ref}>
                <Card
                  variant="borderless"
                  loading={q.isPending}
                  data-testid={`methodology-card-${m.id}`}
                  title={bi(m.name, lang)}
                  extra={
                    <Link to={methodologyPath(m.ref)}>
                      <Button type="primary" data-testid="methodology-open">
                        {t("rating.methodology.open")}
                      </Button>
                    </Link>
                  }
                >
                  <Space orientation="vertical" style={{ width: "100%" }}>
                    <Space wrap>
                      <Typography.Text className="gf-mono">{m.ref}</Typography.Text>
                      <Tag color={m.status === "released" ? "green" : "default"}>
                        {maybe(t, `rating.methodology.statusLabel.${m.status}`, m.status)}
                      </Tag>
                      <Tag>{t(`rating.methodology.kinds.${m.entityKind}`)}</Tag>
                      <Tag>{t("rating.methodology.maxNotches", { count: m.maxOverrideNotches })}</Tag>
                    </Space>
                    <div className="gf-scale">
                      {m.scale.map((s) => (
                        <div
                          key={s.grade}
                          className="gf-scale-cell gf-scale-on"
                          style={{ background: gradeColor(s.grade, grades), borderColor: gradeColor(s.grade, grades) }}
                        >
                          <div className="gf-scale-grade">{s.grade}</div>
                          <div className="gf-scale-min">≥{s.minScore}</div>
                        </div>
                      ))}
                    </div>
                  </Space>
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
    </div>
  );
}
