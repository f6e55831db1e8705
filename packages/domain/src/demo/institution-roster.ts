import type { OrgKind } from "../identity/organisation-kinds";
import type { QingdaoAreaName } from "./qingdao-geography";

/**
 * The demo district's institutions: a management committee, banks, insurers, a wealth manager, fund managers,
 * a rating agency and verifiers, modelled on the Jinjialing financial district. Every name is FICTIONAL;
 * `brand` (字号) is reserved so no generated enterprise borrows it.
 */
export interface InstitutionEntry {
  readonly key: string;
  readonly kind: OrgKind;
  readonly institutionType: string;
  readonly brand: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly parentKey?: string;
  /** GB/T 4754-2017 division (two digits). */
  readonly division: string;
  readonly area: QingdaoAreaName;
  /** Street address within the area. */
  readonly street: string;
  readonly foundedYear: number;
  readonly employees: number;
}

type Row = [
  key: string,
  kind: OrgKind,
  institutionType: string,
  brand: string,
  nameZh: string,
  nameEn: string,
  division: string,
  area: QingdaoAreaName,
  street: string,
  foundedYear: number,
  employees: number,
  parentKey?: string,
];

// biome-ignore format: one institution per line reads as a table
const ROWS: readonly Row[] = [
  ["district-qinwan", "district", "management_committee", "琴湾", "琴湾金融区管理委员会", "Qinwan Financial District Management Committee", "92", "崂山区", "海口路66号", 2007, 120],
  // Banks: a city commercial bank, a rural commercial bank, branches of national and joint-stock banks, a policy bank.
  ["bank-qinwan", "bank", "city_commercial_bank", "琴湾", "琴湾银行股份有限公司", "Qinwan Bank Co., Ltd.", "66", "崂山区", "苗岭路9号", 1996, 5200],
  ["bank-laoyue-rcb", "bank", "rural_commercial_bank", "崂岳", "崂岳农村商业银行股份有限公司", "Laoyue Rural Commercial Bank Co., Ltd.", "66", "崂山区", "香港东路109号", 2012, 4800],
  ["bank-huaze-qd", "bank", "national_bank_branch", "华泽", "华泽银行股份有限公司青岛市分行", "Huaze Bank Co., Ltd. Qingdao Branch", "66", "市南区", "香港中路36号", 1988, 2100],
  ["bank-changhe-qd", "bank", "national_bank_branch", "长禾", "长禾银行股份有限公司青岛市分行", "Changhe Bank Co., Ltd. Qingdao Branch", "66", "市南区", "东海西路15号", 1985, 2600],
  ["bank-zhongyi-qd", "bank", "national_bank_branch", "中屹", "中屹银行股份有限公司青岛市分行", "Zhongyi Bank Co., Ltd. Qingdao Branch", "66", "崂山区", "深圳路156号", 1987, 1900],
  ["bank-hengyue-qd", "bank", "national_bank_branch", "恒岳", "恒岳银行股份有限公司青岛市分行", "Hengyue Bank Co., Ltd. Qingdao Branch", "66", "市北区", "辽宁路88号", 1990, 1500],
  ["bank-chengchuan-qd", "bank", "joint_stock_bank_branch", "澄川", "澄川银行股份有限公司青岛分行", "Chengchuan Bank Co., Ltd. Qingdao Branch", "66", "崂山区", "香港东路195号", 1997, 680],
  ["bank-yuanlan-qd", "bank", "joint_stock_bank_branch", "远澜", "远澜银行股份有限公司青岛分行", "Yuanlan Bank Co., Ltd. Qingdao Branch", "66", "市南区", "澳门路88号", 2001, 620],
  ["bank-yaohua-qd", "bank", "joint_stock_bank_branch", "曜华", "曜华银行股份有限公司青岛分行", "Yaohua Bank Co., Ltd. Qingdao Branch", "66", "崂山区", "海口路21号", 2004, 540],
  ["bank-qiyun-qd", "bank", "joint_stock_bank_branch", "栖云", "栖云银行股份有限公司青岛分行", "Qiyun Bank Co., Ltd. Qingdao Branch", "66", "崂山区", "云岭路8号", 2009, 430],
  ["bank-haichuan-dev-qd", "bank", "policy_bank_branch", "海川", "海川开发银行青岛市分行", "Haichuan Development Bank Qingdao Branch", "66", "市南区", "南京路120号", 1998, 160],
  // Insurers: two headquartered in the district (one a marine insurer), branches of national insurers.
  ["insurer-qinwan-pc", "insurer", "property_insurer", "琴湾", "琴湾财产保险股份有限公司", "Qinwan Property & Casualty Insurance Co., Ltd.", "68", "崂山区", "苗岭路28号", 2015, 900],
  ["insurer-langang-marine", "insurer", "property_insurer", "蓝港", "蓝港航运保险股份有限公司", "Langang Marine Insurance Co., Ltd.", "68", "崂山区", "深圳路222号", 2016, 260],
  ["insurer-changyue-pc-qd", "insurer", "property_insurer", "长岳", "长岳财产保险股份有限公司青岛分公司", "Changyue Property Insurance Co., Ltd. Qingdao Branch", "68", "市南区", "香港中路68号", 2003, 420],
  ["insurer-henghe-life-qd", "insurer", "life_insurer", "恒禾", "恒禾人寿保险股份有限公司青岛分公司", "Henghe Life Insurance Co., Ltd. Qingdao Branch", "68", "市南区", "福州南路17号", 2002, 650],
  ["insurer-jiaxi-life-qd", "insurer", "life_insurer", "嘉禧", "嘉禧人寿保险股份有限公司青岛分公司", "Jiaxi Life Insurance Co., Ltd. Qingdao Branch", "68", "崂山区", "株洲路77号", 2008, 380],
  ["insurer-huicen-life-qd", "insurer", "life_insurer", "惠岑", "惠岑人寿保险股份有限公司青岛分公司", "Huicen Life Insurance Co., Ltd. Qingdao Branch", "68", "市北区", "敦化路119号", 2011, 310],
  // The city commercial bank's wealth-management subsidiary.
  ["wm-qinwan", "wealth_manager", "wealth_management_subsidiary", "琴湾", "琴湾理财有限责任公司", "Qinwan Wealth Management Co., Ltd.", "66", "崂山区", "苗岭路9号", 2020, 160, "bank-qinwan"],
  // Venture capital and private equity fund managers.
  ["fund-laofeng-vc", "fund_manager", "vc_manager", "崂峰", "青岛崂峰创业投资管理有限公司", "Qingdao Laofeng Venture Capital Management Co., Ltd.", "67", "崂山区", "松岭路169号", 2014, 35],
  ["fund-haijia-vc", "fund_manager", "vc_manager", "海岬", "青岛海岬创业投资有限公司", "Qingdao Haijia Venture Capital Co., Ltd.", "67", "崂山区", "株洲路151号", 2017, 22],
  ["fund-qilan-vc", "fund_manager", "vc_manager", "启澜", "青岛启澜创投管理有限公司", "Qingdao Qilan Ventures Management Co., Ltd.", "67", "崂山区", "秦岭路18号", 2019, 18],
  ["fund-jingfan-vc", "fund_manager", "vc_manager", "鲸帆", "青岛鲸帆创业投资管理有限公司", "Qingdao Jingfan Venture Capital Management Co., Ltd.", "67", "市南区", "江西路9号", 2021, 14],
  ["fund-lanyu-pe", "fund_manager", "pe_manager", "澜屿", "青岛澜屿私募股权基金管理有限公司", "Qingdao Lanyu Private Equity Fund Management Co., Ltd.", "67", "崂山区", "深圳路18号", 2015, 40],
  ["fund-qinlan-pe", "fund_manager", "pe_manager", "琴澜", "青岛琴澜股权投资管理有限公司", "Qingdao Qinlan Equity Investment Management Co., Ltd.", "67", "崂山区", "海口路99号", 2016, 28],
  ["fund-xilan-pe", "fund_manager", "pe_manager", "汐岚", "青岛汐岚私募基金管理有限公司", "Qingdao Xilan Private Fund Management Co., Ltd.", "67", "崂山区", "苗岭路52号", 2018, 25],
  ["fund-bixi-green-pe", "fund_manager", "pe_manager", "碧汐", "青岛碧汐绿色产业投资基金管理有限公司", "Qingdao Bixi Green Industry Fund Management Co., Ltd.", "67", "崂山区", "云岭路31号", 2020, 20],
  // The rating agency and the verification bodies.
  ["rating-mingheng", "rating_agency", "credit_rating_agency", "明衡", "明衡信用评级有限公司", "Mingheng Credit Rating Co., Ltd.", "72", "崂山区", "香港东路248号", 2010, 180],
  ["verifier-biheng", "verifier", "verification_body", "碧衡", "青岛碧衡低碳认证有限公司", "Qingdao Biheng Low-Carbon Certification Co., Ltd.", "74", "崂山区", "松岭路57号", 2012, 90],
  ["verifier-haixi", "verifier", "verification_body", "海曦", "青岛海曦环境核查技术服务有限公司", "Qingdao Haixi Environmental Verification Services Co., Ltd.", "74", "李沧区", "九水东路320号", 2018, 45],
];

export const INSTITUTIONS: readonly InstitutionEntry[] = ROWS.map(
  ([key, kind, institutionType, brand, nameZh, nameEn, division, area, street, foundedYear, employees, parentKey]) => ({
    key,
    kind,
    institutionType,
    brand,
    nameZh,
    nameEn,
    division,
    area,
    street,
    foundedYear,
    employees,
    ...(parentKey ? { parentKey } : {}),
  }),
);
