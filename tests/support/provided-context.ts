/** Values the global setup hands to every test file of a run. */
declare module "vitest" {
  export interface ProvidedContext {
    /** Distinguishes this run's template databases from another run's on a shared server. */
    run: string;
  }
}

export {};
