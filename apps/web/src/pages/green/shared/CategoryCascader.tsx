import type { TGreenCategoryOption } from "@greenfin/contracts";
import { Cascader } from "antd";
import { type CSSProperties, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useGreenCategories } from "../../../api/green";
import { useLang } from "../../../lib/labels";
import { named } from "./format";

interface Node {
  value: string;
  label: string;
  children?: Node[];
}

function tree(options: TGreenCategoryOption[], lang: "zh-CN" | "en"): Node[] {
  const byParent = new Map<string | null, TGreenCategoryOption[]>();
  for (const o of options) byParent.set(o.parent, [...(byParent.get(o.parent) ?? []), o]);
  const build = (parent: string | null): Node[] =>
    (byParent.get(parent) ?? []).map((o) => {
      const children = build(o.code);
      return { value: o.code, label: `${o.code} ${named(o, lang)}`, ...(children.length ? { children } : {}) };
    });
  return build(null);
}

/** "4.2.1" → ["4", "4.2", "4.2.1"] */
const pathOf = (code: string | undefined) =>
  code ? code.split(".").map((_, i, parts) => parts.slice(0, i + 1).join(".")) : undefined;

/**
 * A 2025 catalogue picker: level 1 → 2 → 3. `anyLevel` lets a filter stop at level 1 or 2; certification and
 * labels need a level-3 code.
 */
export function CategoryCascader(props: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  anyLevel?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  testId?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useGreenCategories();
  const options = useMemo(() => tree(q.data ?? [], lang), [q.data, lang]);
  return (
    <Cascader
      id={props.id}
      data-testid={props.testId}
      options={options}
      value={pathOf(props.value)}
      onChange={(path) => props.onChange?.(path ? (path[path.length - 1] as string) : undefined)}
      changeOnSelect={props.anyLevel}
      showSearch={{
        filter: (input, path) => path.some((o) => String(o.label).toLowerCase().includes(input.toLowerCase())),
      }}
      loading={q.isPending}
      placeholder={props.placeholder ?? t("green.filter.category")}
      style={{ width: "100%", ...props.style }}
      displayRender={(labels) => labels[labels.length - 1]}
      popupMatchSelectWidth={false}
    />
  );
}
