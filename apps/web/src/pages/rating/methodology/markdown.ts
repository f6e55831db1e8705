/**
 * Heading anchors for the methodology pages: a tiny rehype plugin gives every h1–h4 an id from its text, and the
 * table of contents is read from the Markdown with the same slugs (duplicates numbered in document order).
 */

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s+/g, "-");
}

function dedupe(): (slug: string) => string {
  const seen = new Map<string, number>();
  return (slug) => {
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    return n === 0 ? slug : `${slug}-${n}`;
  };
}

function textOf(n: HastNode): string {
  if (n.type === "text") return n.value ?? "";
  return (n.children ?? []).map(textOf).join("");
}

/** rehype plugin: ids on headings. */
export function rehypeHeadingIds() {
  return (tree: HastNode) => {
    const unique = dedupe();
    const walk = (n: HastNode) => {
      if (n.type === "element" && n.tagName && /^h[1-4]$/.test(n.tagName)) {
        n.properties = { ...n.properties, id: unique(slugify(textOf(n))) };
      }
      for (const c of n.children ?? []) walk(c);
    };
    walk(tree);
  };
}

export interface TocItem {
  key: string;
  href: string;
  title: string;
  children?: TocItem[];
}

/** The h2 and h3 headings of the Markdown (outside code fences) as a two-level table of contents. */
export function tableOfContents(markdown: string): TocItem[] {
  const unique = dedupe();
  const items: TocItem[] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^(#{1,4})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m?.[1] || m[2] === undefined) continue;
    const text = m[2]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[`*_]/g, "")
      .trim();
    const id = unique(slugify(text));
    const level = m[1].length;
    const item = { key: id, href: `#${id}`, title: text };
    if (level === 2) items.push(item);
    else if (level === 3) {
      const parent = items[items.length - 1];
      if (parent) parent.children = [...(parent.children ?? []), item];
      else items.push(item);
    }
  }
  return items;
}
