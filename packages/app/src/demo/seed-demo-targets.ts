/**
 * The demo district's targets (issue 8 item 3): carbon intensity −18 % by 2027 (computed from the enterprises'
 * carbon accounts), the green industry's share of value added 15 % by 2027 and the green-loan share of all loans
 * (both from observations the district enters — here illustrative figures, marked as such in their source), and,
 * when accepted monthly reports are there already, a green-loan balance target read from them (50 % above the first
 * year-end balance by 2027, illustrative). Once per database; as for the other demo seeds, what was seeded is
 * recorded in the installation row ("demo-targets") rather than the audit log, whose entries record what people did.
 */
import Dec from "decimal.js";
import type { Platform } from "../platform";
import { computedTargetValues } from "../statistics/targets/target-values";

const ILLUSTRATIVE = "示意数据，非官方统计 · illustrative figure for the demo, not an official statistic";

/** The zone's 2027 goals as quoted in its materials; the study gives no baseline year. */
const GOAL_SOURCE =
  "示范区材料引述研究：预计到 2027 年 ESG 投融资可带动青岛碳排放强度下降 18%、绿色产业增加值占比提升至 15% · the zone's materials cite a study expecting ESG finance to cut Qingdao's carbon intensity by 18 % and raise the green industry's share of value added to 15 % by 2027";

export const DEMO_TARGETS = [
  {
    key: "carbon-intensity-2027",
    nameZh: "碳排放强度较基期下降 18%",
    nameEn: "Carbon intensity 18 % below the baseline",
    metric: "carbon_intensity_change",
    unit: "percent",
    baselineYear: 2024,
    baselineValue: "0",
    targetYear: 2027,
    targetValue: "-18",
    direction: "decrease",
    source: `${GOAL_SOURCE}。原文未给基期年：演示以平台碳账户的首年 2024 为基期 · the source names no baseline year: the demo measures from 2024, the platform's first year of carbon accounts`,
    observations: [],
  },
  {
    key: "green-industry-share-2027",
    nameZh: "绿色产业增加值占比达到 15%",
    nameEn: "Green industry 15 % of value added",
    metric: "green_industry_share",
    unit: "percent",
    baselineYear: 2022,
    baselineValue: "11",
    targetYear: 2027,
    targetValue: "15",
    direction: "increase",
    source: `${GOAL_SOURCE}。基期值 11% 为示意 · the 11 % baseline is illustrative`,
    observations: [
      { year: 2023, value: "11.6" },
      { year: 2024, value: "12.3" },
      { year: 2025, value: "12.9" },
    ],
  },
  {
    key: "green-loan-share-2027",
    nameZh: "绿色贷款占各项贷款比重达到 18%",
    nameEn: "Green loans 18 % of all loans",
    metric: "green_loan_share",
    unit: "percent",
    baselineYear: 2023,
    baselineValue: "12",
    targetYear: 2027,
    targetValue: "18",
    direction: "increase",
    source: `示范区演示目标 · a demo target of the zone. ${ILLUSTRATIVE}`,
    observations: [
      { year: 2024, value: "13.4" },
      { year: 2025, value: "14.9" },
    ],
  },
] as const;

const BALANCE_TARGET = {
  key: "green-loan-balance-2027",
  nameZh: "绿色贷款余额较基期增长 50%",
  nameEn: "Green-loan balance 50 % above the baseline",
  metric: "green_loan_balance",
  unit: "yuan",
  targetYear: 2027,
  direction: "increase",
  source: `示范区演示目标：基期为已审核月报中最早的年末余额 · a demo target: the baseline is the earliest year-end balance in the accepted monthly reports. ${ILLUSTRATIVE}`,
} as const;

/** The balance target's baseline: the first year-end district total the accepted reports give, or null. */
async function balanceBaseline(p: Platform): Promise<{ year: number; value: string } | null> {
  const year = p.clock.now().getUTCFullYear();
  const probe = { ...BALANCE_TARGET, baselineYear: 2015, baselineValue: "0", targetValue: "1" };
  const first = (await computedTargetValues(p.db, "public", probe, year)).values[0];
  if (!first || first.year >= BALANCE_TARGET.targetYear || !new Dec(first.value).gt(0)) return null;
  return { year: first.year, value: new Dec(first.value).toDecimalPlaces(0).toFixed() };
}

/** Seeds the demo targets once (a demo installation only); returns how many targets it wrote. */
export async function seedDemoTargetsOnce(p: Platform): Promise<number> {
  const demo = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo'");
  const done = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo-targets'");
  if (demo.rows.length === 0 || done.rows.length > 0) return 0;
  const now = p.clock.now();
  const base = await balanceBaseline(p);
  const targets = [
    ...DEMO_TARGETS,
    ...(base
      ? [
          {
            ...BALANCE_TARGET,
            baselineYear: base.year,
            baselineValue: base.value,
            targetValue: new Dec(base.value).times("1.5").toDecimalPlaces(0).toFixed(),
            observations: [],
          },
        ]
      : []),
  ];
  let written = 0;
  await p.db.transaction(async (tx) => {
    for (const t of targets) {
      const r = await tx.query(
        `INSERT INTO district_targets (key, name_zh, name_en, metric, unit, baseline_year, baseline_value, target_year,
            target_value, direction, source, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [
          t.key,
          t.nameZh,
          t.nameEn,
          t.metric,
          t.unit,
          t.baselineYear,
          t.baselineValue,
          t.targetYear,
          t.targetValue,
          t.direction,
          t.source,
          now,
        ],
      );
      if (!r.rows.length) continue;
      written += 1;
      for (const o of t.observations)
        await tx.query(
          `INSERT INTO district_target_observations (target_key, year, value, source, entered_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [t.key, o.year, o.value, ILLUSTRATIVE, now],
        );
    }
    await tx.query("INSERT INTO installation (key, value) VALUES ('demo-targets', $1::jsonb) ON CONFLICT DO NOTHING", [
      JSON.stringify({ targets: targets.map((t) => t.key), written }),
    ]);
  });
  return written;
}
