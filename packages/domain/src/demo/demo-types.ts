import type { EnterpriseSize, OrgKind, Role } from "../identity/organisation-kinds";

/**
 * The part of GB/T 4754-2017 the generator needs, as plain data. The app layer passes the reference
 * package's `loadIndustryClassification()` result, which has this shape. Codes are the standard's own:
 * section "C", division "38", class "4411".
 */
export interface DemoIndustryInput {
  readonly sections: readonly { readonly code: string; readonly nameZh: string }[];
  readonly divisions: readonly { readonly code: string; readonly section: string; readonly nameZh: string }[];
  /** Four-digit classes; where a division has classes here, enterprises get a class code, otherwise the division. */
  readonly classes: readonly { readonly code: string; readonly division: string; readonly nameZh: string }[];
}

export interface GenerateDemoDistrictInput {
  /** A 32-bit signed integer; the same seed always yields the same district. */
  readonly seed: number;
  readonly industries: DemoIndustryInput;
  /** How many enterprises to generate; 2000 by default, at most 20 000. */
  readonly enterpriseCount?: number;
}

export interface DemoOrganisation {
  /** Stable across seeds for institutions ("bank-qinwan"); "ent-0001"… for enterprises. */
  key: string;
  kind: OrgKind;
  nameZh: string;
  nameEn: string;
  /** Unified social credit code with a valid GB 32100 check character; fictional, Qingdao region 3702xx. */
  uscc: string | null;
  /** Canonical GB/T 4754-2017 code: section letter + digits, e.g. "C38", "D4411". */
  industryCode: string | null;
  size: EnterpriseSize | null;
  employees: number | null;
  /** Annual revenue in yuan, exact decimal text with two decimals, e.g. "12345678.90". */
  revenueCny: string | null;
  /** A district or county-level city of Qingdao, e.g. "崂山区". */
  area: string | null;
  address: string | null;
  institutionType: string | null;
  parentKey: string | null;
  foundedYear: number;
}

export interface DemoUser {
  email: string;
  displayName: string;
  orgKey: string;
  role: Role;
}

export interface DemoDistrict {
  seed: number;
  organisations: DemoOrganisation[];
  users: DemoUser[];
}
