/** Small networks as autodiff graphs, datasets, losses and loss surfaces (see shared/README.md#nn). */
export type { Rng } from './prng';
export { gaussian, mulberry32, uniform } from './prng';
export type { Dataset, DatasetOptions } from './dataset';
export { circlesDataset, linearlySeparableDataset, regression1DDataset, twoMoonsDataset, xorDataset } from './dataset';
export type { Activation, LossKind, Network, NnError } from './network';
export { appendLoss, initialParams, withParams } from './network';
export type { MlpOptions, NeuronOptions } from './mlp';
export { mlp, neuron } from './mlp';
export type { DeckValues } from './deckNetwork';
export { DECK_DEFAULTS, deckNetwork, deckNetworkExpr } from './deckNetwork';
export type { CompiledNetwork } from './compileNetwork';
export { checkShapes, compileNetwork, compiledNetwork } from './compileNetwork';
export type { LossAndGradient } from './lossOverDataset';
export { lossAndGradientOverDataset, lossOverDataset } from './lossOverDataset';
export type { LossSurfaceOptions } from './lossSurface';
export { lossSurface } from './lossSurface';
export type { ParamUpdate, TrainStepResult } from './trainStep';
export { gradientDescentUpdate, trainStep } from './trainStep';
export {
  binaryCrossEntropy, binaryCrossEntropyPartials, binaryCrossEntropyWithLogits, binaryCrossEntropyWithLogitsPartials,
  halfSquaredError, meanBinaryCrossEntropy, meanBinaryCrossEntropyWithLogits, meanSquaredError,
} from './losses';
