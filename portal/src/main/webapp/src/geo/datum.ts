import { gcj02ToWgs84, wgs84ToGcj02, type LatLon } from './gcj02'

// The APIs speak WGS-84 (docs/conventions.md, "Coordinates"). When the base map's tiles are drawn in
// GCJ-02, a WGS-84 point drawn as it is lands a few hundred metres off its street: the worker pages
// shift points for display and shift clicks back, so every coordinate they keep or send is WGS-84.
export const toDisplay = (p: LatLon, tilesGcj02: boolean): LatLon => (tilesGcj02 ? wgs84ToGcj02(p) : p)
export const fromDisplay = (p: LatLon, tilesGcj02: boolean): LatLon => (tilesGcj02 ? gcj02ToWgs84(p) : p)
