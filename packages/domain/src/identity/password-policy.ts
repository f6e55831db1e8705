/** Password rules: long enough to resist guessing, with at least three character classes. */
export interface PasswordProblem {
  code: "too_short" | "too_long" | "too_simple";
  min?: number;
  max?: number;
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function checkPassword(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return { code: "too_short", min: PASSWORD_MIN };
  if (password.length > PASSWORD_MAX) return { code: "too_long", max: PASSWORD_MAX };
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3 ? null : { code: "too_simple" };
}
