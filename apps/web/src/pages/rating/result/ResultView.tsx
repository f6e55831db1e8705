import type { TControversy, TRatingResultDetail } from "@greenfin/contracts";
import { Col, Row, Space } from "antd";
import { useRatingAccess } from "../shared/access";
import { useMethodologyLookup } from "../shared/useMethodologyLookup";
import { ExplainedControversies } from "./ExplainedControversies";
import { HistoryCard } from "./HistoryCard";
import { IndicatorsTable } from "./IndicatorsTable";
import { KeyIssuesCard } from "./KeyIssuesCard";
import { LeversCard } from "./LeversCard";
import { OverridesList } from "./OverridesList";
import { PeersCard } from "./PeersCard";
import { RecordedControversies } from "./RecordedControversies";
import { ResultHero } from "./ResultHero";
import "../shared/rating.css";

/**
 * One rating explained to the last indicator: grade and pillars, key issues, levers, peers, history, every indicator,
 * the controversies counted, and the overrides. The body of a result page and of an organisation's own rating page.
 */
export function ResultView({
  detail,
  recorded,
}: {
  detail: TRatingResultDetail;
  /** Controversies recorded about the entity (its own rating page). */
  recorded?: TControversy[] | undefined;
}) {
  const a = useRatingAccess();
  const m = useMethodologyLookup();
  const ref = detail.run.methodology;
  const grades = m.grades(ref);
  const x = detail.explanation;
  const canOpenDisclosure = a.district || a.orgId === detail.result.entity.id;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }} data-testid="result-view">
      <ResultHero detail={detail} scale={m.scale(ref)} maxNotches={m.maxNotches(ref)} />
      <LeversCard x={x} grades={grades} />
      <KeyIssuesCard x={x} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <PeersCard detail={detail} />
        </Col>
        <Col xs={24} xl={12}>
          <HistoryCard detail={detail} grades={grades} />
        </Col>
      </Row>
      <IndicatorsTable detail={detail} canOpenDisclosure={canOpenDisclosure} />
      <ExplainedControversies x={x} labels={{ category: m.category, status: m.status }} />
      {recorded && recorded.length > 0 && <RecordedControversies items={recorded} />}
      {(a.overseer || detail.overrides.length > 0) && <OverridesList overrides={detail.overrides} grades={grades} />}
    </Space>
  );
}
