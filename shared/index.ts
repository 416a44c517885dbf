/**
 * The pure math core, used by the renderer and the main process alike (see shared/README.md).
 * Each module is also importable on its own (shared/expr, shared/autodiff, …).
 */
export * from './result';
export * from './text';
export * from './expr';
export * from './autodiff';
export * from './calculus';
export * from './optim';
export * from './sampling';
export * from './nn';
