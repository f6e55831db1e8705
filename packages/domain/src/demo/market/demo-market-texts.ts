/** What people write in the demo market: decline reasons, withdrawal reasons, close reasons. All fictional. */

export const DECLINE_REASONS = [
  "企业近两年经营性现金流为负，第一还款来源不足，暂不予授信。",
  "押品估值不足以覆盖融资金额，且企业无法追加担保。",
  "项目环评批复尚未取得，待手续齐全后可重新申请。",
  "企业存在未结清的关注类贷款，不符合本产品准入要求。",
  "融资用途与产品支持范围不一致（产能扩建为主，节能降碳部分占比较低）。",
  "碳排放强度高于行业基准值，未达到本产品的碳效准入等级。",
  "资产负债率超过 75%，超出本行对该行业的风险容忍度。",
];

export const WITHDRAW_REASONS = [
  "已通过其他渠道获得融资。",
  "项目计划调整，暂缓融资。",
  "融资金额需重新测算，撤回后重新发布。",
  "集团统一安排资金，不再单独融资。",
  "报价利率高于预期，改为自有资金投入。",
];

/**
 * The service-level sweep's expiry (packages/app/src/market/needs/service-reminders-job.ts, DEFAULT_NEED_EXPIRY): an
 * open need nobody claimed within 30 days, or a claimed one without a chosen offer within 90, expires, in its words.
 */
export const EXPIRY_DAYS = { unclaimed: 30, undecided: 90 } as const;
export const expiredReason = (claims: number) =>
  claims === 0
    ? `no institution claimed it within ${EXPIRY_DAYS.unclaimed} days`
    : `no offer was chosen within ${EXPIRY_DAYS.undecided} days`;
/** The settle trigger's own words (0012_market_lifecycle.sql). */
export const DECLINED_REASON = "every claimant declined";

export const VISIT_NOTES = ["已实地走访，核实项目进度与用能数据。", "已与企业财务负责人面谈并查看生产现场。"];
