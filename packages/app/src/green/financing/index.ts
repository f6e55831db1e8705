// Filled in by the green financing work: the use-cases this folder exports.
export {};
