import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";

export function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t("errors.forbidden")}
      subTitle={t("errors.forbiddenHint")}
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          {t("errors.backHome")}
        </Button>
      }
    />
  );
}
