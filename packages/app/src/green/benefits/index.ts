// Filled in by the green benefits work: the use-cases this folder exports.
export {};
