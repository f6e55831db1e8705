import type { TNeedMatching } from "@greenfin/contracts";
import { Card, Collapse, Descriptions, Empty, Skeleton, Tag } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNeedMatches } from "../../../api/marketNeeds";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { MatchItem } from "./MatchItem";

type Basis = TNeedMatching["inputs"]["esgGradeBasis"];

/**
 * The matching: what was known of the enterprise, eligible products ranked with their price, and the excluded ones
 * collapsed with the rules they did not meet. `onlyOrg` narrows to one institution's products.
 */
export function MatchesCard({ needId, onlyOrg }: { needId: string; onlyOrg?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useNeedMatches(needId);
  const basis = (b: Basis, value: string | number | null) =>
    b === "shared" ? <Tag color="green">{value ?? "—"}</Tag> : <Tag>{t(`market.match.basis.${b}`)}</Tag>;
  let body: ReactNode;
  if (q.error) body = <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  else if (!q.data) body = <Skeleton active />;
  else {
    const m = q.data;
    const matches = onlyOrg ? m.matches.filter((x) => x.institutionId === onlyOrg) : m.matches;
    const eligible = matches.filter((x) => x.status === "eligible");
    const excluded = matches.filter((x) => x.status === "excluded");
    body = (
      <>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t("market.match.industry")}>{m.inputs.industry ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("market.match.size")}>
            {m.inputs.size ? t(`sizes.${m.inputs.size}` as "sizes.medium", { defaultValue: m.inputs.size }) : "—"}
          </Descriptions.Item>
          <Descriptions.Item label={t("market.match.category")}>{m.inputs.projectCategory ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("market.match.esgGrade")}>
            {basis(m.inputs.esgGradeBasis, m.inputs.esgGrade)}
          </Descriptions.Item>
          <Descriptions.Item label={t("market.match.carbonGrade")}>
            {basis(m.inputs.carbonGradeBasis, m.inputs.carbonGrade)}
          </Descriptions.Item>
        </Descriptions>
        <div className="gf-mk-sub" style={{ marginBottom: 12 }}>
          {lang === "en" ? m.ranking.en : m.ranking.zh}
        </div>
        {eligible.length === 0 ? (
          <Empty description={t("market.match.noneEligible")} />
        ) : (
          eligible.map((x, i) => <MatchItem key={x.productId} m={x} first={i === 0} />)
        )}
        {excluded.length > 0 && (
          <Collapse
            size="small"
            items={[
              {
                key: "excluded",
                label: (
                  <span data-testid="matches-excluded">{t("market.match.excluded", { count: excluded.length })}</span>
                ),
                children: excluded.map((x) => <MatchItem key={x.productId} m={x} />),
              },
            ]}
          />
        )}
      </>
    );
  }
  const count = q.data ? (onlyOrg ? q.data.matches.filter((x) => x.institutionId === onlyOrg) : q.data.matches) : [];
  return (
    <Card
      variant="borderless"
      title={onlyOrg ? t("market.match.titleMine") : t("market.match.title")}
      extra={
        q.data && (
          <span className="gf-mk-sub">
            {t("market.match.count", {
              eligible: count.filter((x) => x.status === "eligible").length,
              total: count.length,
            })}
          </span>
        )
      }
      data-testid="need-matches"
    >
      {body}
    </Card>
  );
}
