import type { TTemplateItem } from "@greenfin/contracts";
import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { LEVEL_COLORS } from "./levels";

/** The item's strictest requirement level; hovering lists each framework's clause and level. */
export function LevelTag({ item }: { item: Pick<TTemplateItem, "level" | "clauses"> }) {
  const { t } = useTranslation();
  const tip = (
    <div>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{t("disclosure.form.clauses")}</div>
      {item.clauses.map((c) => (
        <div key={`${c.framework}-${c.clause}`}>
          {c.framework} {c.clause} · {t(`disclosure.level.${c.level}`)}
        </div>
      ))}
    </div>
  );
  return (
    <Tooltip title={item.clauses.length ? tip : undefined}>
      <Tag color={LEVEL_COLORS[item.level]} style={{ marginInlineEnd: 0 }}>
        {t(`disclosure.level.${item.level}`)}
      </Tag>
    </Tooltip>
  );
}
