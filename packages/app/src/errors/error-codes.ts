/** Stable error codes: clients may branch on them. Each maps to one HTTP status and default texts. */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: "提交的数据未通过校验", en: "The request did not pass validation" },
  BAD_INPUT: { status: 400, zh: "请求内容有误", en: "The request is not acceptable" },
  UNAUTHENTICATED: { status: 401, zh: "请先登录", en: "Please sign in" },
  INVALID_CREDENTIALS: { status: 401, zh: "邮箱或密码不正确", en: "E-mail or password is incorrect" },
  FORBIDDEN: { status: 403, zh: "您没有执行此操作的权限", en: "You are not allowed to do this" },
  CSRF_FAILED: { status: 403, zh: "请求缺少有效的 CSRF 令牌", en: "The request lacks a valid CSRF token" },
  NOT_FOUND: { status: 404, zh: "未找到该资源", en: "Not found" },
  CONFLICT: { status: 409, zh: "与现有数据冲突", en: "This conflicts with existing data" },
  PAYLOAD_TOO_LARGE: { status: 413, zh: "上传内容过大", en: "The upload is too large" },
  TOO_MANY_ATTEMPTS: { status: 429, zh: "尝试次数过多，请稍后再试", en: "Too many attempts; try again later" },
  INTERNAL: { status: 500, zh: "服务器内部错误", en: "Internal server error" },
  UNAVAILABLE: { status: 503, zh: "服务暂不可用", en: "Service unavailable" },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** What exit code the CLI uses: 2 for the caller's mistake, 1 for a failure of ours. */
export function exitCodeFor(code: ErrorCode): number {
  return ERROR_CODES[code].status < 500 ? 2 : 1;
}
