import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import type { ReactNode } from "react";
import { useLang } from "../lib/labels";
import { AuthProvider } from "./auth";
import { queryClient } from "./queryClient";
import { theme } from "./theme";

/** Query cache, antd theme + locale (following the UI language), toasts, and the session. */
export function Providers({ children }: { children: ReactNode }) {
  const lang = useLang();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={theme} locale={lang === "en" ? enUS : zhCN}>
        <AntApp>
          <AuthProvider>{children}</AuthProvider>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
