// WGS-84 ↔ GCJ-02 (the datum AMap, Tencent and most Chinese tile providers draw in), after the
// published transform: an offset computed on the Krasovsky 1940 ellipsoid from a polynomial and
// sine series in (lon − 105°, lat − 35°). Outside China the offset is not applied, as those apps do.
// The inverse has no closed form: a few fixed-point steps bring it well below a millimetre.

export interface LatLon { lat: number; lon: number }

const SEMI_MAJOR = 6378245.0
const ECC_SQ = 0.00669342162296594323
const PI = Math.PI

/** The rough box the transform is applied in (the same box the services use). */
export function outsideChina(p: LatLon): boolean {
  return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271
}

function series(x: number, y: number, a: number, b: number): number {
  // the periodic part shared by both axes, in x along the first and y along the second argument
  return (20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2 / 3
    + (20 * Math.sin(y * PI) + 40 * Math.sin(y / 3 * PI)) * 2 / 3
    + (a * Math.sin(y / 12 * PI) + b * Math.sin(y / 30 * PI)) * 2 / 3
}

function latOffset(x: number, y: number): number {
  return -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + series(x, y, 160, 320)
}

function lonOffset(x: number, y: number): number {
  return 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + series(x, x, 150, 300)
}

export function wgs84ToGcj02(p: LatLon): LatLon {
  if (outsideChina(p)) return { lat: p.lat, lon: p.lon }
  const x = p.lon - 105
  const y = p.lat - 35
  const phi = p.lat / 180 * PI
  const w = 1 - ECC_SQ * Math.sin(phi) ** 2
  const sw = Math.sqrt(w)
  const dLat = latOffset(x, y) * 180 / ((SEMI_MAJOR * (1 - ECC_SQ)) / (w * sw) * PI)
  const dLon = lonOffset(x, y) * 180 / (SEMI_MAJOR / sw * Math.cos(phi) * PI)
  return { lat: p.lat + dLat, lon: p.lon + dLon }
}

export function gcj02ToWgs84(p: LatLon): LatLon {
  if (outsideChina(p)) return { lat: p.lat, lon: p.lon }
  let guess = { lat: p.lat, lon: p.lon }
  for (let i = 0; i < 8; i++) {
    const shifted = wgs84ToGcj02(guess)
    guess = { lat: guess.lat - (shifted.lat - p.lat), lon: guess.lon - (shifted.lon - p.lon) }
  }
  return guess
}
