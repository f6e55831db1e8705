// Filled in by the green projects work: the use-cases this folder exports.
export {};
