import type { ReactNode } from "react";

export interface Span {
  start: number;
  end: number;
}

/** The text with the given spans wrapped in <mark> (overlapping spans merged), for matched classifier terms. */
export function HighlightedText({ text, spans, testId }: { text: string; spans: Span[]; testId?: string }) {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(<mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <div className="gf-green-text" data-testid={testId}>
      {parts}
    </div>
  );
}
