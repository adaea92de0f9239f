import { describe, expect, it } from 'vitest'
import { gcj02ToWgs84, outsideChina, wgs84ToGcj02 } from '../src/geo/gcj02'
import { fromDisplay, toDisplay } from '../src/geo/datum'

// Expected values: the published transform as yizhan-common's Gcj02 (Java) computes it; the Beijing
// point is the usual reference (天安门, GCJ-02 39.91010, 116.40372).
const CASES = [
  { wgs: { lat: 39.908692, lon: 116.397477 }, gcj: { lat: 39.9100954939, lon: 116.4037205671 } },
  { wgs: { lat: 26.0745, lon: 119.2965 }, gcj: { lat: 26.0713979784, lon: 119.3012997824 } },
  { wgs: { lat: 24.48, lon: 118.09 }, gcj: { lat: 24.477353426, lon: 118.094977061 } },
]

describe('WGS-84 → GCJ-02', () => {
  it.each(CASES)('shifts $wgs.lat,$wgs.lon as the published formula does', ({ wgs, gcj }) => {
    const got = wgs84ToGcj02(wgs)
    expect(got.lat).toBeCloseTo(gcj.lat, 9)
    expect(got.lon).toBeCloseTo(gcj.lon, 9)
  })

  it('moves a point in Fuzhou by a few hundred metres, as the datum does', () => {
    const p = { lat: 26.0745, lon: 119.2965 }
    const g = wgs84ToGcj02(p)
    const metres = Math.hypot((g.lat - p.lat) * 111320, (g.lon - p.lon) * 111320 * Math.cos(p.lat * Math.PI / 180))
    expect(metres).toBeGreaterThan(300)
    expect(metres).toBeLessThan(700)
  })

  it('leaves points outside China alone', () => {
    const tokyo = { lat: 35.6812, lon: 139.7671 }
    expect(outsideChina(tokyo)).toBe(true)
    expect(wgs84ToGcj02(tokyo)).toEqual(tokyo)
    expect(gcj02ToWgs84(tokyo)).toEqual(tokyo)
  })
})

describe('GCJ-02 → WGS-84', () => {
  it.each(CASES)('inverts the shift to below a millimetre at $wgs.lat,$wgs.lon', ({ wgs, gcj }) => {
    const back = gcj02ToWgs84(gcj)
    expect(Math.abs(back.lat - wgs.lat)).toBeLessThan(1e-8)
    expect(Math.abs(back.lon - wgs.lon)).toBeLessThan(1e-8)
  })

  it('round-trips points across Fujian', () => {
    for (let lat = 23.6; lat <= 28.3; lat += 0.7) {
      for (let lon = 115.9; lon <= 120.7; lon += 0.8) {
        const back = gcj02ToWgs84(wgs84ToGcj02({ lat, lon }))
        expect(Math.abs(back.lat - lat)).toBeLessThan(1e-8)
        expect(Math.abs(back.lon - lon)).toBeLessThan(1e-8)
      }
    }
  })
})

describe('display datum', () => {
  const p = { lat: 26.0745, lon: 119.2965 }
  it('shifts only for GCJ-02 tiles', () => {
    expect(toDisplay(p, false)).toBe(p)
    expect(fromDisplay(p, false)).toBe(p)
    expect(toDisplay(p, true).lat).toBeCloseTo(26.0713979784, 9)
  })
  it('a click on GCJ-02 tiles where a station is drawn gives back the station\'s WGS-84 point', () => {
    const clicked = fromDisplay(toDisplay(p, true), true)
    expect(clicked.lat).toBeCloseTo(p.lat, 8)
    expect(clicked.lon).toBeCloseTo(p.lon, 8)
  })
})
