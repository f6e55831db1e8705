export * from "./aggregate/index";
export * from "./intake/index";
export * from "./statistics-types";
export * from "./target-indicators";
