import { CloudOutlined } from "@ant-design/icons";
import type { TCarbonAccountListRow } from "@greenfin/contracts";
import { Button, Empty, Skeleton, Space, Statistic, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCarbonList } from "../../../api/carbon";
import { useSession } from "../../../app/auth";
import { CarbonCard } from "../shared/CarbonCard";
import { COLOUR_HEX, defaultYear, fmtFixed, GRADE_COLOUR } from "../shared/format";
import { GradeTag } from "../shared/GradeTag";

/** The home page's carbon card: the district's year at a glance, or an enterprise's own account; links to /carbon. */
export function CarbonHomeCard() {
  const { t } = useTranslation();
  const session = useSession();
  const year = defaultYear();
  const q = useCarbonList(year);
  const rows = q.data ?? [];
  const own = rows.find((r) => r.orgId === session.activeOrg.id);
  const total = rows.reduce((s, r) => s + Number(r.total), 0);
  const target = session.activeOrg.kind === "enterprise" ? `/carbon/accounts/${session.activeOrg.id}` : "/carbon";
  return (
    <CarbonCard
      title={t("carbon.home.card")}
      testId="home-carbon"
      extra={
        <Link to={target}>
          <Button type="link" icon={<CloudOutlined />} data-testid="home-carbon-link">
            {t("carbon.home.open")}
          </Button>
        </Link>
      }
    >
      {q.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("carbon.home.none")} />
      ) : own && session.activeOrg.kind === "enterprise" ? (
        <Space size={32} wrap align="center">
          <Statistic
            title={`${t("carbon.yearN", { year })} · ${t("carbon.kpi.total")}`}
            value={fmtFixed(own.total)}
            suffix={t("carbon.unit.t")}
          />
          <Statistic
            title={t("carbon.kpi.intensity")}
            value={fmtFixed(own.intensityPerValueAdded, 4)}
            suffix={own.intensityPerValueAdded === null ? undefined : t("carbon.unit.perWan")}
          />
          <div>
            <div className="gf-sub" style={{ marginBottom: 6 }}>
              {t("carbon.kpi.grade")}
            </div>
            <GradeTag grade={own.grade} colour={own.colour} large />
          </div>
        </Space>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Space size={32} wrap>
            <Statistic title={`${t("carbon.yearN", { year })} · ${t("carbon.enterprises")}`} value={rows.length} />
            <Statistic title={t("carbon.kpi.total")} value={fmtFixed(total, 0)} suffix={t("carbon.unit.t")} />
          </Space>
          <GradeShares rows={rows} />
        </Space>
      )}
    </CarbonCard>
  );
}

/** How many enterprises got each grade, as one bar split in the grades' colours, with the counts under it. */
function GradeShares({ rows }: { rows: readonly TCarbonAccountListRow[] }) {
  const { t } = useTranslation();
  const groups = [1, 2, 3, 4, 5, null].map((grade) => ({
    grade,
    count: rows.filter((r) => r.grade === grade).length,
    colour: grade === null ? "#b8c2bd" : (COLOUR_HEX[GRADE_COLOUR[grade] ?? "red"] ?? "#b8c2bd"),
    label: grade === null ? t("carbon.ungraded") : t("carbon.grade", { grade }),
  }));
  return (
    <div data-testid="home-carbon-grades">
      <div style={{ display: "flex", height: 10, borderRadius: 5, overflow: "hidden", background: "#eef2ef" }}>
        {groups
          .filter((g) => g.count > 0)
          .map((g) => (
            <Tooltip key={g.label} title={`${g.label}: ${g.count}`}>
              <div style={{ flex: g.count, background: g.colour }} />
            </Tooltip>
          ))}
      </div>
      <Space size={16} wrap style={{ marginTop: 8 }}>
        {groups.map((g) => (
          <span key={g.label} className="gf-sub">
            <span
              style={{
                display: "inline-block",
                width: 8,
                height: 8,
                borderRadius: 2,
                background: g.colour,
                marginInlineEnd: 4,
              }}
            />
            {g.label} <b style={{ color: "rgba(0,0,0,0.75)" }}>{g.count.toLocaleString("en-US")}</b>
          </span>
        ))}
      </Space>
    </div>
  );
}
