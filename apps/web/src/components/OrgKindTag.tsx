import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { KIND_COLORS, type OrgKind } from "../lib/labels";

export function OrgKindTag({ kind }: { kind: OrgKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`kinds.${kind}`)}
    </Tag>
  );
}
