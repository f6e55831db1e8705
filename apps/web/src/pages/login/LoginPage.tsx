import { LockOutlined, MailOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { ApiError } from "../../api/client";
import { useAuth } from "../../app/auth";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { BrandPanel } from "./BrandPanel";
import { DemoAccounts } from "./DemoAccounts";
import "./login.css";

interface Values {
  email: string;
  password: string;
}

/** Only same-site paths are accepted as a return address. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { session, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retryIn, setRetryIn] = useState(0);

  useEffect(() => {
    if (retryIn <= 0) return;
    const id = window.setTimeout(() => setRetryIn((s) => s - 1), 1000);
    return () => window.clearTimeout(id);
  }, [retryIn]);

  if (session) return <Navigate to={safeNext(params.get("next"))} replace />;

  const onFinish = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await login({ email: v.email.trim(), password: v.password });
      navigate(safeNext(params.get("next")), { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.code === "TOO_MANY_ATTEMPTS") {
        const secs = Number((e.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds ?? 60);
        setRetryIn(secs);
        setError(null);
      } else if (e instanceof ApiError && e.code === "INVALID_CREDENTIALS") {
        setError(t("login.invalidCredentials"));
        form.setFieldValue("password", "");
      } else if (e instanceof ApiError && e.status === 0) {
        setError(t("errors.network"));
      } else {
        setError(e instanceof ApiError && e.message ? e.message : t("errors.unknown"));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="gf-login">
      <BrandPanel />
      <main className="gf-login-main">
        <div className="gf-login-lang">
          <LanguageSwitch />
        </div>
        <div className="gf-login-card">
          <Typography.Title level={2} className="gf-login-title">
            {t("login.title")}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 28 }}>
            {t("login.subtitle")}
          </Typography.Paragraph>
          {error && (
            <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
          )}
          {retryIn > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t("login.tooManyAttempts", { seconds: retryIn })}
              style={{ marginBottom: 16 }}
              data-testid="login-throttled"
            />
          )}
          <Form form={form} layout="vertical" size="large" requiredMark={false} onFinish={onFinish} autoComplete="on">
            <Form.Item
              name="email"
              label={t("login.email")}
              rules={[
                { required: true, message: t("login.emailRequired") },
                { type: "email", message: t("login.emailInvalid") },
              ]}
            >
              <Input
                prefix={<MailOutlined style={{ color: "rgba(0,0,0,0.35)" }} />}
                placeholder={t("login.emailPlaceholder")}
                autoComplete="username"
                data-testid="login-email"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t("login.password")}
              rules={[{ required: true, message: t("login.passwordRequired") }]}
            >
              <Input.Password
                prefix={<LockOutlined style={{ color: "rgba(0,0,0,0.35)" }} />}
                autoComplete="current-password"
                data-testid="login-password"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={busy}
              disabled={retryIn > 0}
              data-testid="login-submit"
              style={{ marginTop: 8, height: 46 }}
            >
              {t("login.submit")}
            </Button>
          </Form>
          <DemoAccounts
            onPick={(email, password) => {
              form.setFieldsValue({ email, password });
              setError(null);
            }}
          />
        </div>
        <div className="gf-login-foot">
          <Link to="/zone" data-testid="login-zone-link">
            {t("zone.loginLink")}
          </Link>
          {" · "}
          {t("app.copyright")}
        </div>
      </main>
    </div>
  );
}
