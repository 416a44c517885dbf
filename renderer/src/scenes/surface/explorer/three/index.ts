/** The surface explorer's 3D overlays (each a SceneOverlay for SurfaceView.addOverlay) and their colours. */
export * from './colors';
export { SlicePlanesOverlay, TANGENT_HALF_LENGTH, type SliceInput } from './slice-planes';
export { TangentPlaneOverlay } from './tangent-plane';
export type { TangentPlaneInput } from './tangent-plane-geometry';
export { TANGENT_PLANE_HALF_FRACTION } from './tangent-plane-geometry';
export { GradientArrowsOverlay } from './gradient-arrows';
export type { GradientArrowInput } from './arrow-geometry';
export { ARROW_CAP_FRACTION, UNIT_ARROW_FRACTION, gradientScale } from './arrow-geometry';
export { ContoursOverlay, INITIAL_CONTOUR_SEGMENTS } from './contours';
export { WalkerTrailsOverlay, HEAD_RADIUS, type WalkerTrail } from './walker-trails';
export { PointMarkerOverlay, POINT_RADIUS } from './point-marker';
export type { MarkerPlacement } from './point-marker-geometry';
