// Module hook for run.mjs: `import … from 'electron'` in the built main process resolves to the
// stand-in fake-electron.mjs, so the bundle can run in plain Node.
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: new URL('./fake-electron.mjs', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
