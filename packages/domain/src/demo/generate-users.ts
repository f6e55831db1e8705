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

const ROLE_ZH: Record<Role, string> = { admin: "管理员", analyst: "分析员", reviewer: "审核员", viewer: "查阅员" };

function user(org: DemoOrganisation, role: Role, domain: string): DemoUser {
  return { email: `${role}@${domain}.demo`, displayName: `${ROLE_ZH[role]} · ${org.nameZh}`, orgKey: org.key, role };
}

/**
 * Demo users: every role at each organisation in `DEMO_LOGIN_ORGS`, and an administrator
 * (`admin@<org-key>.demo`) at every other institution. Enterprises other than the demo one get no users.
 */
export function generateUsers(organisations: readonly DemoOrganisation[]): DemoUser[] {
  const users: DemoUser[] = [];
  for (const org of organisations) {
    if (DEMO_LOGIN_ORGS[org.kind] === org.key) {
      for (const role of ROLES) users.push(user(org, role, DEMO_KIND_SHORT[org.kind]));
    } else if (org.kind !== "enterprise") {
      users.push(user(org, "admin", org.key));
    }
  }
  return users;
}
