import type { Lang } from "../i18n";

/** Readable names for the audit actions the platform records; unknown actions show just their code. */
const ACTIONS: Record<string, [zh: string, en: string]> = {
  "auth.login": ["登录", "Signed in"],
  "auth.logout": ["退出登录", "Signed out"],
  "auth.switch_org": ["切换机构", "Switched organisation"],
  "demo.seed": ["初始化演示数据", "Seeded demo data"],
  "grant.create": ["授予数据授权", "Granted consent"],
  "grant.revoke": ["撤销数据授权", "Revoked consent"],
  "member.add": ["添加成员", "Added member"],
  "member.remove": ["移除成员", "Removed member"],
  "member.role": ["变更成员角色", "Changed member role"],
  "organisation.create": ["新增机构", "Created organisation"],
  "organisation.update": ["更新机构信息", "Updated organisation"],
  "token.create": ["创建 API 令牌", "Created API token"],
  "token.revoke": ["撤销 API 令牌", "Revoked API token"],
  "user.create": ["创建用户", "Created user"],
  "user.password": ["修改密码", "Changed password"],
  "audit.verify": ["校验审计链", "Verified audit chain"],
};

const ENTITIES: Record<string, [zh: string, en: string]> = {
  api_token: ["API 令牌", "API token"],
  consent_grant: ["数据授权", "Consent grant"],
  installation: ["平台", "Installation"],
  organisation: ["机构", "Organisation"],
  user: ["用户", "User"],
  membership: ["成员关系", "Membership"],
  job: ["后台任务", "Job"],
};

export function auditActionLabel(action: string, lang: Lang): string | null {
  const hit = ACTIONS[action];
  return hit ? (lang === "en" ? hit[1] : hit[0]) : null;
}

export function entityTypeLabel(entityType: string, lang: Lang): string {
  const hit = ENTITIES[entityType];
  return hit ? (lang === "en" ? hit[1] : hit[0]) : entityType;
}
