import { CSRF_HEADER, type TFieldProblem } from "@greenfin/contracts";
import { currentLang } from "../i18n";

/** Anything with a zod-like safeParse: the contracts' schemas. */
interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/** A failed API call, carrying the server's `{ code, message, details }` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Field problems of a validation error, if any. */
  get problems(): TFieldProblem[] {
    const d = this.details as { problems?: unknown } | null | undefined;
    return Array.isArray(d?.problems) ? (d.problems as TFieldProblem[]) : [];
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request (other than the auth probes) finds the session gone. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

interface RequestOptions<T> {
  body?: unknown;
  query?: Query;
  schema?: Parser<T>;
  /** Do not trigger the global "session expired" handler on 401 (login, me). */
  quiet401?: boolean;
}

async function request<T>(method: string, path: string, opts: RequestOptions<T> = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": currentLang() };
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: "same-origin",
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError(0, "NETWORK", "", null);
  }
  const text = await res.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!res.ok) {
    const body = (json ?? {}) as { code?: string; message?: string; details?: unknown };
    const err = new ApiError(
      res.status,
      body.code ?? `HTTP_${res.status}`,
      body.message ?? res.statusText,
      body.details,
    );
    if (res.status === 401 && !opts.quiet401) onUnauthenticated?.();
    throw err;
  }
  if (opts.schema) {
    const parsed = opts.schema.safeParse(json);
    if (parsed.success) return parsed.data;
    // Keep working with what the server sent, but make the contract drift visible to developers.
    console.warn(`[api] ${method} ${path}: response does not match the contract`, parsed.error);
  }
  return json as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions<T>) => request<T>("GET", path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions<T>) =>
    request<T>("POST", path, { ...opts, body: body ?? {} }),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions<T>) => request<T>("PATCH", path, { ...opts, body }),
  del: <T>(path: string, opts?: RequestOptions<T>) => request<T>("DELETE", path, opts),
};

/** A request the shared client has no verb for (PUT) or a multipart body: same headers, same error shape. */
export async function sendRaw<T>(method: string, path: string, csrfToken: string, body?: BodyInit): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLang(),
    [CSRF_HEADER]: csrfToken,
  };
  if (typeof body === "string") headers["Content-Type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body ?? null, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "NETWORK", "", null);
  }
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!res.ok) {
    const b = (parsed ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ApiError(res.status, b.code ?? `HTTP_${res.status}`, b.message ?? res.statusText, b.details);
  }
  return parsed as T;
}
