import { describe, expect, it } from 'vitest'
import { complete, emptyPick, nextTap, routeBody, setEnd, setStart, swap, tap } from '../src/geo/routePick'

const A = { lat: 26.0745, lon: 119.2965 }
const B = { lat: 26.0825, lon: 119.2905 }
const C = { lat: 26.0625, lon: 119.3005 }

describe('picking a route', () => {
  it('takes the first tap as the start and the second as the end', () => {
    let pick = emptyPick()
    expect(nextTap(pick)).toBe('start')
    pick = tap(pick, A)
    expect(pick).toEqual({ start: A, end: null })
    expect(nextTap(pick)).toBe('end')
    expect(complete(pick)).toBe(false)
    pick = tap(pick, B)
    expect(pick).toEqual({ start: A, end: B })
    expect(complete(pick)).toBe(true)
    expect(nextTap(pick)).toBe('restart')
  })

  it('starts again on a third tap', () => {
    expect(tap({ start: A, end: B }, C)).toEqual({ start: C, end: null })
  })

  it('keeps an end picked before the start ("from my position" after a tap)', () => {
    const pick = setStart(setEnd(emptyPick(), B), A)
    expect(pick).toEqual({ start: A, end: B })
    expect(tap({ start: null, end: B }, A)).toEqual({ start: A, end: B })
  })

  it('swaps start and end', () => {
    expect(swap({ start: A, end: B })).toEqual({ start: B, end: A })
  })

  it('is no route when both points are the same', () => {
    expect(complete({ start: A, end: { ...A } })).toBe(false)
    expect(() => routeBody({ start: A, end: A }, 500)).toThrow()
  })

  it('sends the straight line start → end, rounded to six decimals, with the corridor', () => {
    const body = routeBody({ start: { lat: 26.07451234567, lon: 119.2965 }, end: B }, 1000, 30)
    expect(body).toEqual({ points: [{ lat: 26.074512, lon: 119.2965 }, B], corridor: 1000, limit: 30 })
  })
})
