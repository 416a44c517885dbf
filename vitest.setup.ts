/**
 * Property tests run with a fixed fast-check seed by default, so a CI run is reproducible: the
 * same machine state gives the same verdict. Set FC_SEED to explore other seeds locally (a
 * failure prints its seed and path to replay it).
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261127);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261127 });
