import { PlusOutlined } from "@ant-design/icons";
import type { TTemplateItem } from "@greenfin/contracts";
import { Button, Input, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../../lib/labels";

/** Names a member of an open breakdown (region=青岛市, facility=…) and adds its row. */
export function AddRowControl({
  item,
  onAdd,
}: {
  item: TTemplateItem;
  onAdd: (indicatorId: string, dimension: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [dim, setDim] = useState(item.openDimensions[0]?.id ?? "");
  const [member, setMember] = useState("");
  const name = member.trim();
  const valid = name.length > 0 && name.length <= 100 && !/[#=|]/.test(name);
  const add = () => {
    if (!valid) return;
    onAdd(item.id, `${dim}=${name}`);
    setMember("");
  };
  return (
    <Space.Compact className="gf-dsc-addrow">
      {item.openDimensions.length > 1 ? (
        <Select
          value={dim}
          onChange={setDim}
          style={{ width: 150 }}
          options={item.openDimensions.map((d) => ({ value: d.id, label: lang === "en" ? d.nameEn : d.nameZh }))}
        />
      ) : (
        <Space.Addon>{lang === "en" ? item.openDimensions[0]?.nameEn : item.openDimensions[0]?.nameZh}</Space.Addon>
      )}
      <Input
        value={member}
        onChange={(e) => setMember(e.target.value)}
        onPressEnter={add}
        style={{ width: 200 }}
        placeholder={t("disclosure.form.memberPlaceholder")}
        data-testid={`add-row-name-${item.id}`}
      />
      <Button icon={<PlusOutlined />} disabled={!valid} onClick={add} data-testid={`add-row-${item.id}`}>
        {t("disclosure.form.addRow")}
      </Button>
    </Space.Compact>
  );
}
