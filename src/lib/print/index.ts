/**
 * Printable local maps (issue 6): SVG maps drawn at build time, the facilities they list,
 * and the paper sizes they come in.
 */
export { renderCommunityMap, layoutCommunityMap, markerIconSvg, type CommunityMapInput, type MapFacility, type MapLabels, type MapLayout, type MapRing } from './render.ts';
export { fitProjection, boundsAround, boundsOf, atLeast, type Bounds, type MapProjection, type Rect } from './projection.ts';
export { communityPoint, townPoint, selectNearby, selectForTown, nearestBeyond, ringMetres, maxReachMetres, type CommunityPoint, type NearFacility, type Selection } from './select.ts';
export { PAPERS, PAPER_IDS, paperBySegment, type Paper, type PaperId } from './paper.ts';
export { buildMapPage, printPath, distanceText, shortAddress, MAX_ON_SHEET, type MapPageModel, type MapRow } from './page.ts';
export { qrSvg } from './qr.ts';
