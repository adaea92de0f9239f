import { describe, expect, it } from 'vitest'
import { distanceParts, fenToYuan, filterQuery, noFilters, qrTokenFrom, yuanToFen } from '../src/workerApi'
import { activeSignup, cancellable, dutyStep, joinMine, type ShiftView, type SignupView } from '../src/volunteerShifts'

describe('search filters', () => {
  it('sends nothing for no filter', () => {
    expect(filterQuery(noFilters()).toString()).toBe('')
  })
  it('sends open now, 24-hour and the amenities as one comma-separated list', () => {
    const q = filterQuery({ openNow: true, open24h: true, amenities: ['microwave', 'charging'] })
    expect(q.get('openNow')).toBe('true')
    expect(q.get('open24h')).toBe('true')
    expect(q.get('amenities')).toBe('microwave,charging')
  })
  it('adds to the query it is given (nearby keeps lat, lon)', () => {
    const q = filterQuery({ ...noFilters(), openNow: true }, new URLSearchParams({ lat: '26', lon: '119' }))
    expect(q.toString()).toBe('lat=26&lon=119&openNow=true')
  })
})

describe('wall QR token', () => {
  const token = '1.AbCdEfGhIjKlMnOpQrStUv'
  it('takes a bare token', () => expect(qrTokenFrom(`  ${token} `)).toBe(token))
  it('takes the token from the poster\'s link', () => {
    expect(qrTokenFrom(`http://localhost:8083/api/v1/ratings/scan/5f0c3c1e-0000-4000-8000-000000000001?t=${token}`)).toBe(token)
    expect(qrTokenFrom(`https://yizhan.example.org/rate/5f0c?t=${token}`)).toBe(token)
    // what the wall poster's QR code carries since issue 18: the portal's station page
    expect(qrTokenFrom(`https://yizhan.example.org/s/5f0c3c1e-0000-4000-8000-000000000001?t=${token}`)).toBe(token)
  })
  it('refuses what is not a token', () => {
    expect(qrTokenFrom('')).toBeNull()
    expect(qrTokenFrom('hello')).toBeNull()
    expect(qrTokenFrom('https://example.org/?t=<script>')).toBeNull()
    expect(qrTokenFrom('https://example.org/no-token')).toBeNull()
  })
})

describe('money and distance', () => {
  it('counts yuan in fen', () => {
    expect(yuanToFen(50)).toBe(5000)
    expect(yuanToFen(19.99)).toBe(1999)
    expect(fenToYuan(5000)).toBe('50')
    expect(fenToYuan(1999)).toBe('19.99')
  })
  it('says metres under a kilometre, else kilometres', () => {
    expect(distanceParts(850.4)).toEqual({ key: 'distance', d: 850 })
    expect(distanceParts(1349)).toEqual({ key: 'km', d: '1.3' })
  })
})

const shift = (id: string, startsAt: string): ShiftView => ({
  id, stationId: 's', stationName: '五一广场驿站', tenant: 'fuzhou', kind: 'BUTLER_DUTY', kindLabel: '驿站管家值班', title: null,
  roleNeeded: null, startsAt, endsAt: startsAt.replace('T09', 'T11'), capacity: 2, confirmed: 1, openPlaces: 1,
})
const signup = (shiftId: string, startsAt: string, over: Partial<SignupView> = {}): SignupView => ({
  id: `su-${shiftId}`, shiftId, status: 'CONFIRMED', waitlistPosition: null, startsAt, endsAt: startsAt.replace('T09', 'T11'),
  checkedInAt: null, checkedOutAt: null, late: false, ...over,
})

describe('my shifts', () => {
  const s1 = '2026-12-01T09:00:00+08:00', s2 = '2026-11-30T09:00:00+08:00'
  it('puts each sign-up beside its shift, soonest first', () => {
    const mine = joinMine([signup('a', s1), signup('b', s2), signup('gone', s1)], [shift('a', s1), shift('b', s2)])
    expect(mine.map(m => m.signup.shiftId)).toEqual(['b', 'a', 'gone'])
    expect(mine[0].shift?.stationName).toBe('五一广场驿站')
    expect(mine[2].shift).toBeNull()
  })
  it('finds my active sign-up, not a cancelled one', () => {
    const list = [signup('a', s1, { status: 'CANCELLED' }), signup('b', s1, { status: 'WAITLISTED', waitlistPosition: 2 })]
    expect(activeSignup('a', list)).toBeUndefined()
    expect(activeSignup('b', list)?.waitlistPosition).toBe(2)
  })
  it('offers check-in from 30 minutes before the start to the end, then check-out', () => {
    const s = signup('a', s1)
    expect(dutyStep(s, new Date('2026-12-01T08:00:00+08:00'))).toBe('later')
    expect(dutyStep(s, new Date('2026-12-01T08:31:00+08:00'))).toBe('check-in')
    expect(dutyStep(s, new Date('2026-12-01T11:01:00+08:00'))).toBe('none')
    expect(dutyStep({ ...s, checkedInAt: '2026-12-01T08:40:00+08:00' }, new Date('2026-12-01T10:00:00+08:00'))).toBe('check-out')
    expect(dutyStep({ ...s, checkedInAt: 'x', checkedOutAt: 'y' }, new Date())).toBe('done')
    expect(dutyStep({ ...s, status: 'WAITLISTED' }, new Date('2026-12-01T08:45:00+08:00'))).toBe('none')
  })
  it('lets a sign-up be cancelled only before the start and before check-in', () => {
    const s = signup('a', s1)
    expect(cancellable(s, new Date('2026-11-30T12:00:00+08:00'))).toBe(true)
    expect(cancellable(s, new Date('2026-12-01T09:30:00+08:00'))).toBe(false)
    expect(cancellable({ ...s, status: 'CANCELLED' }, new Date('2026-11-30T12:00:00+08:00'))).toBe(false)
  })
})
