import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router-dom";

/** Last-resort screen when a page throws while rendering (e.g. a stale chunk after a deploy). */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  console.error(error);
  return (
    <Result
      status="error"
      title={t("errors.unknown")}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Button type="primary" onClick={() => window.location.assign("/")}>
          {t("errors.backHome")}
        </Button>
      }
    />
  );
}
