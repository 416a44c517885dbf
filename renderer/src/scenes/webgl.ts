/**
 * Whether this machine can draw the 3D scenes. three.js needs WebGL 2; a machine without it gets
 * a clear message (renderer/src/components/WebGLUnavailable.svelte) instead of a blank window.
 */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
