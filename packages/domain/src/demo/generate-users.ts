import { type OrgKind, ROLES, type Role } from "../identity/organisation-kinds";
import type { DemoOrganisation, DemoUser } from "./demo-types";
import { DEMO_ENTERPRISE_KEY } from "./generate-enterprises";

/** The short kind names used in demo e-mail domains. */
export const DEMO_KIND_SHORT: Record<OrgKind, string> = {
  district: "district",
  bank: "bank",
  insurer: "insurer",
  wealth_manager: "wealth",
  fund_manager: "fund",
  enterprise: "enterprise",
  rating_agency: "rating",
  verifier: "verifier",
};

/**
 * The one organisation of each kind whose users hold every role. Their logins are `<role>@<kind-short>.demo`,
 * e.g. admin@district.demo, analyst@bank.demo, reviewer@enterprise.demo.
 */
export const DEMO_LOGIN_ORGS: Record<OrgKind, string> = {
  district: "district-qinwan",
  bank: "bank-qinwan",
  insurer: "insurer-qinwan-pc",
  wealth_manager: "wm-qinwan",
  fund_manager: "fund-laofeng-vc",
  enterprise: DEMO_ENTERPRISE_KEY,
  rating_agency: "rating-mingheng",
  verifier: "verifier-biheng",
};

// Fictional people: a surname and a given name chosen by the user's position, so names never repeat
// the role shown beside them and stay the same for every seed.
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗";
const GIVEN_NAMES = [
  "敏",
  "强",
  "静",
  "磊",
  "洋",
  "娜",
  "军",
  "婷",
  "杰",
  "丽",
  "涛",
  "倩",
  "鹏",
  "慧",
  "超",
  "颖",
  "晨",
  "宇",
];

function personName(index: number): string {
  return `${SURNAMES.charAt(index % SURNAMES.length)}${GIVEN_NAMES[(index * 7) % GIVEN_NAMES.length]}`;
}

function user(org: DemoOrganisation, role: Role, domain: string, index: number): DemoUser {
  return { email: `${role}@${domain}.demo`, displayName: personName(index), orgKey: org.key, role };
}

/**
 * Demo users: every role at each organisation in `DEMO_LOGIN_ORGS`, and an administrator
 * (`admin@<org-key>.demo`) at every other institution. Enterprises other than the demo one get no users.
 */
export function generateUsers(organisations: readonly DemoOrganisation[]): DemoUser[] {
  const users: DemoUser[] = [];
  for (const org of organisations) {
    if (DEMO_LOGIN_ORGS[org.kind] === org.key) {
      for (const role of ROLES) users.push(user(org, role, DEMO_KIND_SHORT[org.kind], users.length));
    } else if (org.kind !== "enterprise") {
      users.push(user(org, "admin", org.key, users.length));
    }
  }
  return users;
}
