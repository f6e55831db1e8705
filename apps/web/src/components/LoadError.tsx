import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

/** An inline failure state: 403 reads as "no access", anything else offers a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) {
    return <Result status="403" title={t("errors.forbidden")} subTitle={error.message || t("errors.forbiddenHint")} />;
  }
  const msg = error instanceof ApiError ? (error.status === 0 ? t("errors.network") : error.message) : undefined;
  return (
    <Result
      status="warning"
      title={t("errors.loadFailed")}
      subTitle={msg}
      extra={onRetry && <Button onClick={onRetry}>{t("common.retry")}</Button>}
    />
  );
}
