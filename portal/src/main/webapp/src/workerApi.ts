import { api, post, type StationHit } from './api'
import type { LatLon } from './geo/gcj02'
import { routeBody } from './geo/route'

// Small helpers of the worker pages, kept apart from the views so that Vitest checks them.

/** The search filters every station search takes (station-service's SearchFilters). */
export interface StationFilters { openNow: boolean; open24h: boolean; amenities: string[] }
export const noFilters = (): StationFilters => ({ openNow: false, open24h: false, amenities: [] })

export function filterQuery(f: StationFilters, q = new URLSearchParams()): URLSearchParams {
  if (f.openNow) q.set('openNow', 'true')
  if (f.open24h) q.set('open24h', 'true')
  if (f.amenities.length) q.set('amenities', f.amenities.join(','))
  return q
}

/** Stations ahead along the route (WGS-84 points in order), in route order with alongRouteM and offRouteM. */
export function alongRoute(route: LatLon[], filters: StationFilters, corridor: number): Promise<StationHit[]> {
  return post<StationHit[]>(`/api/v1/stations/along-route?${filterQuery(filters)}`, routeBody(route, corridor))
}

export interface Amenity { code: string; nameZh: string; nameEn: string }
let amenities: Promise<Amenity[]> | null = null
/** The amenity vocabulary, read once per page load. */
export function amenityVocabulary(): Promise<Amenity[]> {
  amenities ??= api<Amenity[]>('/api/v1/stations/amenities').catch(e => { amenities = null; throw e })
  return amenities
}

/**
 * The token of a station's wall QR code, from what the volunteer scanned or typed: the code's whole
 * link (the portal's `/s/{station}?t=3.AbC…` on the poster, the older `/rate/{station}?t=…` or the API's
 * `…/scan/{station}?t=…`) or the bare token.
 */
export function qrTokenFrom(scanned: string): string | null {
  const text = scanned.trim()
  if (/^\d+\.[A-Za-z0-9_-]{10,60}$/.test(text)) return text
  try {
    const t = new URL(text).searchParams.get('t')
    return t && /^\d+\.[A-Za-z0-9_-]{10,60}$/.test(t) ? t : null
  } catch {
    return null
  }
}

/** Yuan as typed (at most two decimals) to the fen the API counts in. */
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100)
export const fenToYuan = (fen: number): string => (fen / 100).toFixed(fen % 100 === 0 ? 0 : 2)

/** Metres as the lists show them: "850 米" under a kilometre, else "1.3 公里". */
export const distanceParts = (m: number): { key: 'distance' | 'km'; d: number | string } =>
  m < 1000 ? { key: 'distance', d: Math.round(m) } : { key: 'km', d: (m / 1000).toFixed(1) }
