import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const NM = "[\\\\/]node_modules[\\\\/]";
const CHUNKS: Array<[name: string, pattern: RegExp]> = [
  ["echarts", new RegExp(`${NM}(echarts|zrender|echarts-for-react|size-sensor)[\\\\/]`)],
  ["excel", new RegExp(`${NM}(write-excel-file|fflate)[\\\\/]`)],
  ["antd-icons", new RegExp(`${NM}@ant-design[\\\\/](icons|icons-svg)[\\\\/]`)],
  ["antd", new RegExp(`${NM}antd[\\\\/]`)],
  // What antd and the icons share: rc-components, css-in-js, colours, helpers.
  [
    "antd-base",
    new RegExp(
      `${NM}(@rc-component|rc-[^\\\\/]+|@ant-design|@emotion|@babel[\\\\/]runtime|classnames|clsx|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|stylis|json2mq|copy-to-clipboard|toggle-selection|string-convert|resize-observer-polyfill)[\\\\/]`,
    ),
  ],
  [
    "react",
    new RegExp(
      `${NM}(react|react-dom|scheduler|react-router|react-router-dom|@tanstack|cookie|set-cookie-parser)[\\\\/]`,
    ),
  ],
  ["vendor", new RegExp(`${NM}(i18next|react-i18next|html-parse-stringify|void-elements|dayjs|zod)[\\\\/]`)],
];

/** Split the heavy libraries into their own long-lived chunks, so no single file is huge. */
function manualChunks(id: string): string | undefined {
  return CHUNKS.find(([, re]) => re.test(id))?.[0];
}

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://localhost:8080", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { output: { manualChunks } },
  },
});
