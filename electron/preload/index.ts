/**
 * The sandboxed preload: exposes the contract-generated API as `window.gradientLab` and nothing
 * else. Bundled to a single CommonJS file (sandboxed preloads can only require 'electron').
 */
import { contextBridge, ipcRenderer } from 'electron';
import { config } from 'zod';
import { createGradientLabApi } from './create-api';

// zod's JIT probes `new Function` on first parse; under our no-eval CSP that only logs violations.
config({ jitless: true });

contextBridge.exposeInMainWorld('gradientLab', createGradientLabApi(ipcRenderer));
