import { describe, expect, it } from 'vitest'
import { addPoint, distanceM, lengthM, MAX_POINTS, metresPerPixel, reverseRoute, routeBody, searchable, simplify, startAt, undoPoint } from '../src/geo/route'

const A = { lat: 26.0745, lon: 119.2965 }
const B = { lat: 26.0825, lon: 119.2905 }
const C = { lat: 26.0625, lon: 119.3005 }

describe('building a route', () => {
  it('adds taps in order, undoes the last and reverses', () => {
    let route = addPoint(addPoint(addPoint([], A), B), C)
    expect(route).toEqual([A, B, C])
    expect(addPoint(route, { ...C })).toBe(route)   // the same spot twice is one point
    route = undoPoint(route)
    expect(route).toEqual([A, B])
    expect(reverseRoute(route)).toEqual([B, A])
    expect(route).toEqual([A, B])                   // not changed in place
    expect(undoPoint([])).toEqual([])
  })

  it('starts from my position before the points already tapped', () => {
    expect(startAt([B, C], A)).toEqual([A, B, C])
    expect(startAt([A, B], { ...A })).toEqual([A, B])
    expect(startAt([], A)).toEqual([A])
  })

  it('is searchable from two different points on', () => {
    expect(searchable([])).toBe(false)
    expect(searchable([A])).toBe(false)
    expect(searchable([A, { ...A }])).toBe(false)
    expect(searchable([A, B])).toBe(true)
  })

  it('sends every point in order, rounded to six decimals, with the corridor', () => {
    const body = routeBody([{ lat: 26.07451234567, lon: 119.2965 }, B, C], 1000, 30)
    expect(body).toEqual({ points: [{ lat: 26.074512, lon: 119.2965 }, B, C], corridor: 1000, limit: 30 })
    expect(() => routeBody([A], 500)).toThrow()
    expect(() => routeBody([A, A], 500)).toThrow()
  })

  it('measures metres on the earth', () => {
    // one degree of latitude is 111.2 km on the mean radius; Fuzhou's 五一广场 to 南门兜 about 1 km
    expect(distanceM({ lat: 26, lon: 119 }, { lat: 27, lon: 119 })).toBeCloseTo(111195, -1)
    expect(distanceM(A, B)).toBeGreaterThan(1000)
    expect(distanceM(A, B)).toBeLessThan(1100)
    expect(lengthM([A, B, A])).toBeCloseTo(2 * distanceM(A, B), 6)
    expect(lengthM([A])).toBe(0)
  })

  it('thins a route longer than the API takes, staying within its tolerance of every original point', () => {
    // 5,000 points on three quarters of a circle of 1 km radius round 五一广场
    const k = 111195 * Math.cos(26.0745 * Math.PI / 180)
    const arc = Array.from({ length: 5000 }, (_, i) => {
      const a = (i / 4999) * 1.5 * Math.PI
      return { lat: 26.0745 + (1000 * Math.sin(a)) / 111195, lon: 119.2965 + (1000 * Math.cos(a)) / k }
    })
    // the distance from p to the polyline, on a flat projection in metres (written here, not the module's)
    const off = (p: { lat: number; lon: number }, line: typeof arc) => Math.min(...line.slice(1).map((b, i) => {
      const a = line[i]
      const ax = (a.lon - p.lon) * k, ay = (a.lat - p.lat) * 111195, bx = (b.lon - p.lon) * k, by = (b.lat - p.lat) * 111195
      const dx = bx - ax, dy = by - ay
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
      return Math.hypot(ax + t * dx, ay + t * dy)
    }))
    for (const limit of [MAX_POINTS, 20]) {
      const { points, toleranceM } = simplify(arc, limit)
      expect(points.length).toBeLessThanOrEqual(limit)
      expect(points.length).toBeGreaterThan(2)
      expect(points[0]).toEqual(arc[0])
      expect(points[points.length - 1]).toEqual(arc[arc.length - 1])
      expect(toleranceM).toBeGreaterThan(0)
      const worst = Math.max(...arc.filter((_, i) => i % 7 === 0).map(p => off(p, points)))
      expect(worst).toBeLessThanOrEqual(toleranceM * 1.01)
    }
    expect(simplify(arc, MAX_POINTS).toleranceM).toBe(1)       // 1 m is enough for 2,000 points
    expect(simplify(arc, 20).toleranceM).toBeGreaterThan(1)    // 20 points need more
    const short = [A, B, C]
    expect(simplify(short)).toEqual({ points: short, toleranceM: 0 })
  })

  it('knows how many metres a pixel is, for drawing the corridor', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156543.03, 1)
    expect(metresPerPixel(26, 14)).toBeCloseTo(156543.03 * Math.cos(26 * Math.PI / 180) / 2 ** 14, 6)
  })
})
