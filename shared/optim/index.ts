export type { OptimizerKind, OptimizerConfig } from './config';
export { defaultConfig, validateOptimizerConfig } from './config';
export type { OptimizerState } from './state';
export { init, step } from './optimizer';
export type { LearningRateSchedule } from './schedule';
export { learningRate, validateSchedule } from './schedule';
export { runTrajectory, explainStep, stepOnce } from './trajectory';
export type { Objective, GradientFn, TrajectoryOptions, TrajectoryVerdict, Trajectory, StepExplanation, StepOnceResult } from './trajectory';
