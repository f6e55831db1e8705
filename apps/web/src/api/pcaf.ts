/**
 * The financed-emissions (PCAF) API: an institution's books (upload: positions + counterparties files, multipart),
 * their runs (a job each), a run's positions and one position's explanation trace, the JR/T 0227 and positions
 * workbooks, and the district's table of institutions. Every shape is the contract's (packages/contracts/src/pcaf.ts);
 * only the position's `result` (the domain's PcafPositionResult, sent as an opaque object) is mirrored here for reading.
 */
import {
  CSRF_HEADER,
  type TDistrictPcafRow,
  type TPcafBookRow,
  type TPcafPositionRow,
  type TPcafPositionsQuery,
  type TPcafRunDetail,
  zDistrictPcafRow,
  zPage,
  zPcafBookCreated,
  zPcafBookRow,
  zPcafPositionDetail,
  zPcafPositionRow,
  zPcafRunDetail,
} from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { currentLang } from "../i18n";
import { ApiError, api, withQuery } from "./client";

export type {
  TDistrictPcafRow,
  TPcafBookRow,
  TPcafBucket,
  TPcafPositionRow,
  TPcafPositionsQuery,
  TPcafRunDetail,
  TPcafRunSummary,
} from "@greenfin/contracts";
export type TPcafBookCreated = z.infer<typeof zPcafBookCreated>;
export type TPcafPositionDetail = z.infer<typeof zPcafPositionDetail>;
export type TPcafPositionsPage = z.infer<typeof zPositionsPage>;
export type TPcafComparison = NonNullable<TPcafRunDetail["comparison"]>;
export type TPcafChangeRow = TPcafComparison["total"];
export type TPcafChange = TPcafChangeRow["outstanding"];
export type PcafRunStatus = TPcafRunDetail["status"];
export type PcafAssetClass = TPcafPositionRow["assetClass"];
/** The filters and order of the positions list (page and page size apart). */
export type PcafPositionsFilter = Partial<Omit<TPcafPositionsQuery, "page" | "pageSize">>;

/**
 * How to read `TPcafPositionDetail["result"]`: the domain's PcafPositionResult (packages/domain/src/pcaf/
 * pcaf-result-types.ts). The web app talks to the server over HTTP only, so the shape is mirrored, read defensively.
 */
export interface PcafPositionResultView {
  positionId: string;
  assetClass: string;
  counterparty: string | null;
  sector: string | null;
  section: string | null;
  outstanding: string;
  attribution: {
    factor: string;
    uncapped: string;
    capped: boolean;
    numerator: string;
    denominator: { kind: string; value: string };
  } | null;
  emissions: { scope12Tco2e: string; scope3Tco2e: string | null } | null;
  financedScope12Tco2e: string | null;
  financedScope3Tco2e: string | null;
  dataQuality: { score: number; option: string; evidence: string } | null;
  revenueIntensity: string | null;
  scope3Required: boolean;
  factors: { id: string; value: string; unit: string; source: string; verification: string }[];
  explanation: { zh: string[]; en: string[] };
  reference: string;
}

/** One problem of a refused upload (the 422 body's `details.problems`), located by file, row and column. */
export interface PcafUploadProblem {
  /** "positions" or "counterparties" (or a file name when the server names only that). */
  file: string | null;
  /** The uploaded file's own name, when known. */
  fileName: string | null;
  row: number | null;
  column: string | null;
  messageZh: string;
  messageEn: string;
}

const zPositionsPage = zPage(zPcafPositionRow);
const zBooks = z.array(zPcafBookRow);
const zDistrictRows = z.array(zDistrictPcafRow);
const zRunStarted = z.object({ runId: z.string(), jobId: z.string().nullable() });

const str = (v: unknown): string | null =>
  typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null;

/** Which file a problem names: its own `file` field, or the first segment of its path ("positions/12/outstanding"). */
function fileOf(p: Record<string, unknown>): string | null {
  const named = str(p.file) ?? str(p.fileName) ?? str(p.sheet);
  if (named) return named;
  const path = str(p.path);
  if (!path) return null;
  const head = path.replace(/^\/+/, "").split(/[./]/)[0] ?? "";
  return /^(positions|counterparties)/i.test(head) ? head : null;
}

/** The located problems of a refused upload, whatever the exact keys of each entry; empty when there are none. */
export function uploadProblemsOf(e: unknown): { problems: PcafUploadProblem[]; omitted: number } | null {
  if (!(e instanceof ApiError)) return null;
  const d = e.details as { problems?: unknown; omitted?: unknown } | null | undefined;
  if (!d || !Array.isArray(d.problems)) return null;
  const problems = d.problems
    .filter((p): p is Record<string, unknown> => typeof p === "object" && p !== null)
    .map((p) => {
      const row = typeof p.row === "number" ? p.row : Number(str(p.row)) || null;
      return {
        file: fileOf(p),
        fileName: str(p.fileName),
        row,
        column: str(p.column) ?? str(p.field),
        messageZh: str(p.messageZh) ?? str(p.message) ?? "",
        messageEn: str(p.messageEn) ?? str(p.message) ?? "",
      };
    });
  return { problems, omitted: typeof d.omitted === "number" ? d.omitted : 0 };
}

export interface PcafUploadInput {
  year: number;
  label?: string;
  positions: File;
  counterparties: File;
}

/** POSTs the two files and the fields as a multipart form, reporting upload progress (0–100). */
function uploadBook(input: PcafUploadInput, csrfToken: string, onProgress?: (p: number) => void) {
  const form = new FormData();
  form.append("year", String(input.year));
  if (input.label?.trim()) form.append("label", input.label.trim());
  form.append("positions", input.positions, input.positions.name);
  form.append("counterparties", input.counterparties, input.counterparties.name);
  return new Promise<TPcafBookCreated>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/pcaf/books");
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Accept-Language", currentLang());
    xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, "NETWORK", "", null));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = zPcafBookCreated.safeParse(body);
        if (!parsed.success) console.warn("[api] POST /api/pcaf/books: response does not match the contract");
        resolve((parsed.success ? parsed.data : body) as TPcafBookCreated);
        return;
      }
      const b = (body ?? {}) as { code?: string; message?: string; details?: unknown };
      reject(new ApiError(xhr.status, b.code ?? `HTTP_${xhr.status}`, b.message ?? "", b.details));
    };
    xhr.send(form);
  });
}

const runBase = (runId: string) => `/api/pcaf/runs/${encodeURIComponent(runId)}`;

export const pcafApi = {
  books: () => api.get<TPcafBookRow[]>("/api/pcaf/books", { schema: zBooks }),
  upload: uploadBook,
  rerun: (bookId: string) =>
    api.post<{ runId: string; jobId: string | null }>(
      `/api/pcaf/books/${encodeURIComponent(bookId)}/runs`,
      {},
      { schema: zRunStarted },
    ),
  run: (runId: string) => api.get<TPcafRunDetail>(runBase(runId), { schema: zPcafRunDetail }),
  positions: (runId: string, q: Partial<TPcafPositionsQuery>) =>
    api.get<TPcafPositionsPage>(`${runBase(runId)}/positions`, { query: q, schema: zPositionsPage }),
  position: (runId: string, positionId: string) =>
    api.get<TPcafPositionDetail>(`${runBase(runId)}/positions/${encodeURIComponent(positionId)}`, {
      schema: zPcafPositionDetail,
    }),
  jrtUrl: (runId: string, lang: "zh" | "en") => withQuery(`${runBase(runId)}/jrt0227.xlsx`, { lang }),
  positionsUrl: (runId: string, lang: "zh" | "en") => withQuery(`${runBase(runId)}/positions.xlsx`, { lang }),
  district: (year: number) =>
    api.get<TDistrictPcafRow[]>("/api/district/pcaf", { query: { year }, schema: zDistrictRows }),
};

export const pcafKeys = {
  all: ["pcaf"] as const,
  books: ["pcaf", "books"] as const,
  run: (runId: string) => ["pcaf", "run", runId] as const,
  positions: (runId: string, q: Partial<TPcafPositionsQuery>) => ["pcaf", "positions", runId, q] as const,
  position: (runId: string, positionId: string) => ["pcaf", "position", runId, positionId] as const,
  district: (year: number) => ["pcaf", "district", year] as const,
};

/** Queued or running: the figures are still to come. */
export const runInProgress = (status: PcafRunStatus | null | undefined) => status === "queued" || status === "running";

export const usePcafBooks = (enabled = true) =>
  useQuery({
    queryKey: pcafKeys.books,
    queryFn: pcafApi.books,
    enabled,
    // While a book's latest run is being calculated, its line updates by itself.
    refetchInterval: (q) => (q.state.data?.some((b) => runInProgress(b.latestRun?.status)) ? 2000 : false),
  });

export const usePcafRun = (runId: string) =>
  useQuery({
    queryKey: pcafKeys.run(runId),
    queryFn: () => pcafApi.run(runId),
    enabled: !!runId,
    retry: false,
    refetchInterval: (q) => (runInProgress(q.state.data?.status) ? 2000 : false),
  });

export const usePcafPositions = (runId: string, q: Partial<TPcafPositionsQuery>, enabled = true) =>
  useQuery({
    queryKey: pcafKeys.positions(runId, q),
    queryFn: () => pcafApi.positions(runId, q),
    enabled: enabled && !!runId,
    placeholderData: keepPreviousData,
  });

export const usePcafPosition = (runId: string, positionId: string | null) =>
  useQuery({
    queryKey: pcafKeys.position(runId, positionId ?? ""),
    queryFn: () => pcafApi.position(runId, positionId ?? ""),
    enabled: !!runId && !!positionId,
    retry: false,
  });

export const useDistrictPcaf = (year: number, enabled = true) =>
  useQuery({
    queryKey: pcafKeys.district(year),
    queryFn: () => pcafApi.district(year),
    enabled,
    placeholderData: keepPreviousData,
  });
