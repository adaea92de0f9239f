import type { LatLon } from './gcj02'

// The start and end of "stations along my route", as the worker picks them: the first tap on the
// map is the start, the second the end, a third starts again. "From my position" or a station's
// marker sets a point directly. Points are WGS-84, the datum of the APIs.
export interface RoutePick { start: LatLon | null; end: LatLon | null }

export const emptyPick = (): RoutePick => ({ start: null, end: null })

export function tap(pick: RoutePick, p: LatLon): RoutePick {
  if (!pick.start) return { start: p, end: pick.end }
  if (!pick.end) return { start: pick.start, end: p }
  return { start: p, end: null }
}

export const setStart = (pick: RoutePick, p: LatLon): RoutePick => ({ start: p, end: pick.end })
export const setEnd = (pick: RoutePick, p: LatLon): RoutePick => ({ start: pick.start, end: p })
export const swap = (pick: RoutePick): RoutePick => ({ start: pick.end, end: pick.start })

/** Which point the next tap sets, for the hint shown above the map. */
export const nextTap = (pick: RoutePick): 'start' | 'end' | 'restart' =>
  !pick.start ? 'start' : !pick.end ? 'end' : 'restart'

/** Both points given and apart (a route of one point is no route: the API refuses it). */
export const complete = (pick: RoutePick): boolean =>
  !!pick.start && !!pick.end && (pick.start.lat !== pick.end.lat || pick.start.lon !== pick.end.lon)

const round6 = (x: number) => Math.round(x * 1e6) / 1e6   // about 0.1 m: no more precision than a phone has

/** The body of POST /api/v1/stations/along-route: a straight line from start to end. */
export function routeBody(pick: RoutePick, corridor: number, limit = 50) {
  if (!complete(pick)) throw new Error('the route needs a start and an end')
  const points = [pick.start!, pick.end!].map(p => ({ lat: round6(p.lat), lon: round6(p.lon) }))
  return { points, corridor, limit }
}
