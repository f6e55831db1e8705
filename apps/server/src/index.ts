export { buildServer, type ServerOptions, WEB_DIST } from "./build-server";
export { type RunningServer, serve } from "./serve";
