/** Adaptive inference: confidences, exit thresholds, budgets, data sets and reports. */
export * from './confidence.ts';
export * from './shares.ts';
export * from './calibrate.ts';
export * from './budget.ts';
export * from './thresholds-file.ts';
export * from './datasets.ts';
export * from './plot.ts';
export * from './report.ts';
export * from './image-folder.ts';
export * from './open-dataset.ts';
export * from './evaluate.ts';
