/**
 * The datasets the training panel offers, made from shared/nn's seeded generators (the same
 * seed gives the same points in the worker and on the main thread), or the single example on
 * the canvas.
 */
import type { Dataset } from '$shared/nn/dataset';
import { circlesDataset, linearlySeparableDataset, twoMoonsDataset, xorDataset } from '$shared/nn/dataset';
import type { Network } from '$shared/nn/network';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { exampleDataset } from './network-roles';
import type { DatasetId } from './templates';

export const DATASET_IDS: readonly DatasetId[] = ['example', 'xor', 'twoMoons', 'circles', 'linearlySeparable'];

/** Points per generated dataset (the "2-2-1 over 200 points"). */
export const DATASET_SIZE = 200;

/** The dataset `id` for `network`, refused when its points do not fit the network's inputs. */
export function makeDataset(id: DatasetId, network: Network): Result<Dataset, LocalizedText> {
  if (id === 'example') return ok(exampleDataset(network));
  const seed = 7;
  const data =
    id === 'xor' ? xorDataset({ size: DATASET_SIZE, seed })
    : id === 'twoMoons' ? twoMoonsDataset({ size: DATASET_SIZE, seed })
    : id === 'circles' ? circlesDataset({ size: DATASET_SIZE, seed })
    : linearlySeparableDataset({ size: DATASET_SIZE, seed });
  if (network.featureIds.length !== data.dim) {
    return err(text(
      `This dataset has ${data.dim} features per point but the graph has ${network.featureIds.length} inputs besides y.`,
      `该数据集每个点有 ${data.dim} 个特征，而计算图除 y 之外有 ${network.featureIds.length} 个输入。`,
    ));
  }
  return ok(data);
}
