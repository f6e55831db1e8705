/**
 * The ESG disclosure API: disclosures, their template and values, file imports, review, revisions, reports and
 * exports, evidence files, and the VC/PE portfolio links. Every schema comes from the contracts.
 */
import {
  CSRF_HEADER,
  type TComparison,
  type TDisclosure,
  type TDisclosureSummary,
  type TDisclosureTemplate,
  type TEvidence,
  type TFrameworkChoice,
  type TIntakeProblem,
  type TIntakeResult,
  type TInvitation,
  type TPortfolioAggregates,
  type TPortfolioLink,
  type TReviewDecision,
  zComparison,
  zDisclosure,
  type zDisclosureStatus,
  zDisclosureSummary,
  zDisclosureTemplate,
  zEvidence,
  zFrameworkChoice,
  zIntakeResult,
  zInvitation,
  zPortfolioAggregates,
  zPortfolioLink,
  zSubmitResult,
} from "@greenfin/contracts";
import { z } from "zod";
import { currentLang } from "../i18n";
import { ApiError, api, withQuery } from "./client";

export type DisclosureView = "own" | "review" | "granted";
export type DisclosureStatus = z.infer<typeof zDisclosureStatus>;
export type EntityKind = "enterprise" | "financial_institution" | "fund_manager" | "portfolio_company";

export const zFrameworkOption = zFrameworkChoice;
export type FrameworkOption = TFrameworkChoice;
export type Evidence = TEvidence;
export type PortfolioStatus = TPortfolioLink["status"];
export type PortfolioLink = TPortfolioLink;
export type Invitation = TInvitation;
export type PortfolioAggregates = TPortfolioAggregates;
export { zInvitation };

const zSummaries = z.array(zDisclosureSummary);
const zFrameworks = z.array(zFrameworkOption);
const zEvidenceList = z.array(zEvidence);
const zLinks = z.array(zPortfolioLink);
const zCreated = z.object({ id: z.string() });

export type SubmitResult = z.infer<typeof zSubmitResult>;

/** One value as the form sends it; `value` keeps the text the user typed (numbers are never floats here). */
export interface ValueEntry {
  indicatorId: string;
  dimension: string;
  value: string | boolean | null;
  unit: string | null;
  notDisclosedReason: string | null;
}

/* ---------- raw uploads and file downloads ---------- */

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface UploadOptions {
  /** The session's CSRF token (useSession().csrfToken), sent like every other write. */
  csrfToken: string;
  onProgress?: (percent: number) => void;
}

function apiErrorOf(status: number, text: string): ApiError {
  let body: { code?: string; message?: string; details?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    /* not JSON: keep the status */
  }
  return new ApiError(status, body.code ?? `HTTP_${status}`, body.message ?? "", body.details);
}

/**
 * POSTs a file as the raw request body (the server takes files that way, not as multipart forms), reporting
 * upload progress; resolves with the parsed JSON answer or rejects with an ApiError carrying the problems.
 */
export function uploadRaw<T>(path: string, file: Blob, contentType: string, opts: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Content-Type", contentType);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Accept-Language", currentLang());
    xhr.setRequestHeader(CSRF_HEADER, opts.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && opts.onProgress) opts.onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, "NETWORK", "", null));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          resolve(null as T);
        }
      } else reject(apiErrorOf(xhr.status, xhr.responseText));
    };
    xhr.send(file);
  });
}

/** The file name a response offers in Content-Disposition (RFC 5987 first), or `fallback`. */
function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="([^"]+)"/i.exec(cd);
  return plain?.[1] ?? fallback;
}

/** Fetches a file and hands it to the browser as a download; an error answer becomes an ApiError. */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: "same-origin", headers: { "Accept-Language": currentLang() } });
  } catch {
    throw new ApiError(0, "NETWORK", "", null);
  }
  if (!res.ok) throw apiErrorOf(res.status, await res.text());
  const name = fileNameOf(res, fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/* ---------- endpoints ---------- */

const base = (id: string) => `/api/disclosures/${id}`;

export const disclosuresApi = {
  list: (view: DisclosureView) =>
    api.get<TDisclosureSummary[]>("/api/disclosures", { query: { view }, schema: zSummaries }),
  create: (body: { year: number; frameworks: string[]; portfolioLinkId?: string | null }) =>
    api.post<{ id: string }>("/api/disclosures", body, { schema: zCreated }),
  get: (id: string) => api.get<TDisclosure>(base(id), { schema: zDisclosure }),
  template: (id: string) => api.get<TDisclosureTemplate>(`${base(id)}/template`, { schema: zDisclosureTemplate }),
  frameworks: (entityKind: EntityKind) =>
    api.get<FrameworkOption[]>("/api/disclosure-frameworks", { query: { entityKind }, schema: zFrameworks }),
  saveValues: (id: string, values: ValueEntry[]) =>
    api.post<TIntakeResult>(`${base(id)}/values`, { values }, { schema: zIntakeResult }),
  importFile: (id: string, file: File, opts: UploadOptions) => {
    const format = /\.csv$/i.test(file.name) ? "csv" : "xlsx";
    return uploadRaw<TIntakeResult>(
      withQuery(`${base(id)}/imports`, { format, fileName: file.name }),
      file,
      format === "csv" ? "text/csv" : XLSX_MEDIA_TYPE,
      opts,
    );
  },
  submit: (id: string) => api.post<SubmitResult>(`${base(id)}/submit`, {}, { schema: zSubmitResult }),
  startReview: (id: string) => api.post<SubmitResult>(`${base(id)}/review`, {}, { schema: zSubmitResult }),
  decide: (id: string, body: TReviewDecision) =>
    api.post<SubmitResult>(`${base(id)}/decision`, body, { schema: zSubmitResult }),
  publish: (id: string) => api.post<SubmitResult>(`${base(id)}/publish`, {}, { schema: zSubmitResult }),
  compare: (id: string, left: number | "draft", right: number | "draft") =>
    api.get<TComparison>(`${base(id)}/compare`, { query: { left, right }, schema: zComparison }),
  workbookUrl: (id: string) => `${base(id)}/workbook`,
  reportUrl: (id: string, q: { framework: string; lang: "zh" | "en"; format: "pdf" | "html"; revision?: number }) =>
    withQuery(`${base(id)}/report`, q),
  exportUrl: (id: string, q: { format: "json" | "csv" | "xlsx"; revision?: number }) =>
    withQuery(`${base(id)}/export`, q),
};

export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  xlsx: XLSX_MEDIA_TYPE,
};
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export const evidenceApi = {
  list: (disclosureId: string) => api.get<Evidence[]>(`${base(disclosureId)}/evidence`, { schema: zEvidenceList }),
  upload: (disclosureId: string, indicatorId: string, file: File, contentType: string, opts: UploadOptions) =>
    uploadRaw<Evidence>(
      withQuery(`${base(disclosureId)}/evidence`, { indicatorId, fileName: file.name }),
      file,
      contentType,
      opts,
    ),
  contentUrl: (evidenceId: string) => `/api/evidence/${evidenceId}/content`,
  remove: (evidenceId: string) => api.del<unknown>(`/api/evidence/${evidenceId}`),
};

export const portfolioApi = {
  list: () => api.get<PortfolioLink[]>("/api/portfolio", { schema: zLinks }),
  invite: (body: Invitation) => api.post<PortfolioLink>("/api/portfolio/invitations", body, { schema: zPortfolioLink }),
  respond: (id: string, accept: boolean) => api.post<unknown>(`/api/portfolio/${id}/respond`, { accept }),
  aggregates: (year: number) =>
    api.get<PortfolioAggregates>("/api/portfolio/aggregates", { query: { year }, schema: zPortfolioAggregates }),
};

/** The problems of a failed intake or submission (empty for other failures). */
export function intakeProblemsOf(err: unknown): TIntakeProblem[] {
  if (!(err instanceof ApiError)) return [];
  const d = err.details as { problems?: unknown } | null | undefined;
  return Array.isArray(d?.problems) ? (d.problems as TIntakeProblem[]) : [];
}
