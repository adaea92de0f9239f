import type { LatLon } from './gcj02'

// "Stations along my route": the route as the worker builds it, a list of WGS-84 points (the datum of
// the APIs) — tapped one after another on the map, started from their position, or decoded from a
// polyline a map app shared. The page keeps only this list; drawing shifts it for the tiles.

/** What POST /api/v1/stations/along-route takes at most (RouteSearch.points). */
export const MAX_POINTS = 2000

const same = (a: LatLon, b: LatLon) => a.lat === b.lat && a.lon === b.lon

/** The route with one more point at its end (a second tap on the same spot adds nothing). */
export function addPoint(route: LatLon[], p: LatLon): LatLon[] {
  if (route.length && same(route[route.length - 1], p)) return route
  if (route.length >= MAX_POINTS) return route
  return [...route, p]
}

/** The route without its last point. */
export const undoPoint = (route: LatLon[]): LatLon[] => route.slice(0, -1)

/** The route the other way round. */
export const reverseRoute = (route: LatLon[]): LatLon[] => [...route].reverse()

/** The route starting at p ("from my position"): p before the points already there. */
export const startAt = (route: LatLon[], p: LatLon): LatLon[] => (route.length && same(route[0], p) ? route : [p, ...route].slice(0, MAX_POINTS))

/** A route of at least two different points (one point is no route: the API refuses it). */
export const searchable = (route: LatLon[]): boolean => route.some(p => !same(p, route[0]))

const EARTH_RADIUS_M = 6371008.8
const rad = (d: number) => d * Math.PI / 180

/** Great-circle distance in metres (haversine on the mean earth radius). */
export function distanceM(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat), dLon = rad(b.lon - a.lon)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The route's length in metres. */
export function lengthM(route: LatLon[]): number {
  let m = 0
  for (let i = 1; i < route.length; i++) m += distanceM(route[i - 1], route[i])
  return m
}

/** Distance in metres from p to the segment a–b, on a local flat projection (fine over a few km). */
function offSegmentM(p: LatLon, a: LatLon, b: LatLon): number {
  const k = Math.cos(rad((a.lat + b.lat) / 2)) * EARTH_RADIUS_M * Math.PI / 180
  const m = EARTH_RADIUS_M * Math.PI / 180
  const bx = (b.lon - a.lon) * k, by = (b.lat - a.lat) * m
  const px = (p.lon - a.lon) * k, py = (p.lat - a.lat) * m
  const len = bx * bx + by * by
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / len))
  return Math.hypot(px - t * bx, py - t * by)
}

function douglasPeucker(route: LatLon[], toleranceM: number): LatLon[] {
  const keep = new Uint8Array(route.length)
  keep[0] = keep[route.length - 1] = 1
  const stack: [number, number][] = [[0, route.length - 1]]
  while (stack.length) {
    const [from, to] = stack.pop()!
    let worst = -1, at = -1
    for (let i = from + 1; i < to; i++) {
      const d = offSegmentM(route[i], route[from], route[to])
      if (d > worst) { worst = d; at = i }
    }
    if (at >= 0 && worst > toleranceM) {
      keep[at] = 1
      stack.push([from, at], [at, to])
    }
  }
  return route.filter((_, i) => keep[i])
}

/**
 * A route of at most maxPoints points that stays within a few metres of the original (Douglas–Peucker,
 * the tolerance doubled from 1 m until it fits): long routes from map apps have more points than the
 * API takes, and far more than a corridor of hundreds of metres needs.
 */
export function simplify(route: LatLon[], maxPoints = MAX_POINTS): { points: LatLon[]; toleranceM: number } {
  if (route.length <= maxPoints) return { points: route, toleranceM: 0 }
  for (let tolerance = 1; ; tolerance *= 2) {
    const points = douglasPeucker(route, tolerance)
    if (points.length <= maxPoints) return { points, toleranceM: tolerance }
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6   // about 0.1 m: no more precision than a phone has

/** The body of POST /api/v1/stations/along-route for the route (WGS-84, in order). */
export function routeBody(route: LatLon[], corridor: number, limit = 50) {
  if (!searchable(route)) throw new Error('the route needs at least two different points')
  if (route.length > MAX_POINTS) throw new Error(`the route has more than ${MAX_POINTS} points`)
  return { points: route.map(p => ({ lat: round6(p.lat), lon: round6(p.lon) })), corridor, limit }
}

/** Metres one screen pixel covers at this latitude and Web-Mercator zoom (256-pixel tiles). */
export const metresPerPixel = (lat: number, zoom: number): number => 40075016.686 * Math.cos(rad(lat)) / 2 ** (zoom + 8)
