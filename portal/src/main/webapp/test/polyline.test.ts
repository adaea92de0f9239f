import { describe, expect, it } from 'vitest'
import { decodePolyline, decodeSharedPolyline, encodePolyline, PolylineError } from '../src/geo/polyline'

// Google's documented example (developers.google.com/maps/documentation/utilities/polylinealgorithm):
// the points (38.5, -120.2), (40.7, -120.95), (43.252, -126.453) encode as this string.
const GOOGLE = '_p~iF~ps|U_ulLnnqC_mqNvxq`@'
const GOOGLE_POINTS = [{ lat: 38.5, lon: -120.2 }, { lat: 40.7, lon: -120.95 }, { lat: 43.252, lon: -126.453 }]

describe('encoded polylines', () => {
  it('decodes Google\'s documented example', () => {
    const points = decodePolyline(GOOGLE)
    expect(points).toHaveLength(3)
    points.forEach((p, i) => {
      expect(p.lat).toBeCloseTo(GOOGLE_POINTS[i].lat, 5)
      expect(p.lon).toBeCloseTo(GOOGLE_POINTS[i].lon, 5)
    })
  })

  it('encodes it back to the documented string, and a single value as documented', () => {
    expect(encodePolyline(GOOGLE_POINTS)).toBe(GOOGLE)
    // the documentation's worked value: -179.9832104 encodes as `~oia@ (paired here with 0, which is ?)
    expect(encodePolyline([{ lat: -179.9832104, lon: 0 }])).toBe('`~oia@?')
  })

  it('round-trips a winding route in Fuzhou at precision 5 and 6', () => {
    const route = [{ lat: 26.07449, lon: 119.29651 }, { lat: 26.08012, lon: 119.29433 }, { lat: 26.08203, lon: 119.30112 },
      { lat: 26.08812, lon: 119.29805 }, { lat: 26.08788, lon: 119.28901 }]
    expect(decodePolyline(encodePolyline(route))).toEqual(route)
    const six = encodePolyline(route, 6)
    expect(decodePolyline(six, 6)).toEqual(route)
    // shared as polyline6 (Valhalla, OSRM): read at 5 it would lie far outside China, so 6 is taken
    expect(decodeSharedPolyline(six)).toEqual({ points: route, precision: 6 })
    expect(decodeSharedPolyline(encodePolyline(route))).toEqual({ points: route, precision: 5 })
  })

  it('says why a text is no polyline', () => {
    const reason = (text: string) => { try { decodePolyline(text); return 'decoded' } catch (e) { return (e as PolylineError).reason } }
    expect(reason('')).toBe('empty')
    expect(reason('   ')).toBe('empty')
    expect(reason('abc def')).toBe('character')   // a space is below '?'
    expect(reason('南门兜')).toBe('character')
    expect(reason(GOOGLE.slice(0, -1))).toBe('truncated')
    expect(reason('_p~iF')).toBe('odd')
    expect(reason('~~~~~~~~~~~~~~?')).toBe('character')   // runs on past 30 bits
  })

  it('finds no Chinese route in a route elsewhere', () => {
    expect(decodeSharedPolyline(GOOGLE)).toBeNull()
  })
})
