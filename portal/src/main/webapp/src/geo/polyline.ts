import type { LatLon } from './gcj02'

// The encoded polyline format (Google's "Encoded Polyline Algorithm Format"): each coordinate is the
// difference from the previous one, times 10^precision, zig-zag signed and written in 5-bit chunks as
// characters from '?' (63) on. Map apps and routers share routes this way: Google and OSRM at
// precision 5, Valhalla and OSRM's polyline6 at precision 6.

export class PolylineError extends Error {
  constructor(readonly reason: 'empty' | 'character' | 'truncated' | 'odd' | 'range', message: string) { super(message) }
}

/** Decodes an encoded polyline at 10^-precision degrees; throws PolylineError on anything else. */
export function decodePolyline(encoded: string, precision = 5): LatLon[] {
  const text = encoded.trim()
  if (!text) throw new PolylineError('empty', 'the polyline is empty')
  const factor = 10 ** precision
  const values: number[] = []
  let shift = 0, result = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 63
    if (c < 0 || c > 63) throw new PolylineError('character', `character ${JSON.stringify(text[i])} at ${i + 1} is not part of a polyline`)
    result |= (c & 0x1f) << shift
    shift += 5
    if (c < 0x20) {
      values.push(result & 1 ? ~(result >>> 1) : result >>> 1)
      shift = 0
      result = 0
    } else if (shift >= 30) {
      throw new PolylineError('character', `a value at ${i + 1} runs on too long`)
    }
  }
  if (shift !== 0) throw new PolylineError('truncated', 'the polyline ends in the middle of a value (cut off when copied?)')
  if (values.length % 2) throw new PolylineError('odd', 'the polyline has a latitude without its longitude')
  const points: LatLon[] = []
  let lat = 0, lon = 0
  for (let i = 0; i < values.length; i += 2) {
    lat += values[i]
    lon += values[i + 1]
    const p = { lat: lat / factor, lon: lon / factor }
    if (Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) throw new PolylineError('range', 'a point lies outside the earth\'s coordinates')
    points.push(p)
  }
  return points
}

/** Encodes points at 10^-precision degrees (the inverse of decodePolyline). */
export function encodePolyline(points: LatLon[], precision = 5): string {
  const factor = 10 ** precision
  let out = '', lastLat = 0, lastLon = 0
  const value = (v: number) => {
    let n = v < 0 ? ~(v << 1) : v << 1
    while (n >= 0x20) { out += String.fromCharCode((0x20 | (n & 0x1f)) + 63); n >>>= 5 }
    out += String.fromCharCode(n + 63)
  }
  for (const p of points) {
    const lat = Math.round(p.lat * factor), lon = Math.round(p.lon * factor)
    value(lat - lastLat)
    value(lon - lastLon)
    lastLat = lat
    lastLon = lon
  }
  return out
}

/** The box the station APIs accept points in (RoutePoint: China, 3.8–53.6° N, 73.5–135.1° E). */
export const inChina = (p: LatLon): boolean => p.lat >= 3.8 && p.lat <= 53.6 && p.lon >= 73.5 && p.lon <= 135.1

/**
 * A polyline as shared, decoded at precision 5 or, when that does not put the route in China,
 * at precision 6 (the same text read at 5 lands ten times too far from 0°, 0°). Null when neither does.
 */
export function decodeSharedPolyline(encoded: string): { points: LatLon[]; precision: 5 | 6 } | null {
  for (const precision of [5, 6] as const) {
    let points: LatLon[]
    try {
      points = decodePolyline(encoded, precision)
    } catch (e) {
      if (e instanceof PolylineError && e.reason === 'range') continue
      throw e
    }
    if (points.every(inChina)) return { points, precision }
  }
  return null
}
