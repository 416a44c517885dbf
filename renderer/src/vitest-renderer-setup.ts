/**
 * Vitest setup for renderer code (listed in vite.config.ts's setupFiles). The explorer's session
 * computes in a worker in the app; Node has none, so the same job code runs synchronously there.
 * The synchronous engine is installed here rather than imported by the session, so the page's
 * first chunk does not carry the job code only the worker runs.
 */
import { setSyncEngineFactory } from './scenes/surface/surface-compute-client';
import { SyncEngine } from './scenes/surface/surface-sync-engine';

setSyncEngineFactory(() => new SyncEngine());
