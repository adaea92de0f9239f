import { describe, expect, it } from 'vitest'
import { openAt, stationClock, upcomingExceptions, weekTable, type OpeningHours } from '../src/stationHours'

// 2026-12-07 is a Monday; times are given in UTC and read in station time (UTC+8)
const at = (local: string) => new Date(`${local}+08:00`)
const weekdays: OpeningHours = { open24h: false, weekly: [1, 2, 3, 4, 5].map(day => ({ day, opens: '08:00', closes: '20:00' })), exceptions: [] }

describe('station clock', () => {
  it('reads date, ISO weekday and minutes in Asia/Shanghai whatever the phone says', () => {
    // 2026-12-06T17:30Z is Monday 01:30 in Fuzhou
    expect(stationClock(new Date('2026-12-06T17:30:00Z'))).toEqual({ date: '2026-12-07', day: 1, minutes: 90 })
    expect(stationClock(at('2026-12-13T23:59:00')).day).toBe(7)
  })
})

describe('open now', () => {
  it('is unknown when nothing is posted, always for 24 hours', () => {
    expect(openAt(null, at('2026-12-07T10:00:00'))).toBeNull()
    expect(openAt({ open24h: false, weekly: [], exceptions: [] }, at('2026-12-07T10:00:00'))).toBeNull()
    expect(openAt({ open24h: true }, at('2026-12-07T03:00:00'))).toBe(true)
  })
  it('follows the weekly windows, the close being exclusive', () => {
    expect(openAt(weekdays, at('2026-12-07T08:00:00'))).toBe(true)
    expect(openAt(weekdays, at('2026-12-07T19:59:00'))).toBe(true)
    expect(openAt(weekdays, at('2026-12-07T20:00:00'))).toBe(false)
    expect(openAt(weekdays, at('2026-12-07T07:59:00'))).toBe(false)
    expect(openAt(weekdays, at('2026-12-12T10:00:00'))).toBe(false) // Saturday
  })
  it('carries a window past midnight into the next morning, Sunday night into Monday', () => {
    const night: OpeningHours = { open24h: false, weekly: [{ day: 7, opens: '22:00', closes: '06:00' }], exceptions: [] }
    expect(openAt(night, at('2026-12-13T23:00:00'))).toBe(true)
    expect(openAt(night, at('2026-12-14T05:59:00'))).toBe(true)
    expect(openAt(night, at('2026-12-14T06:00:00'))).toBe(false)
    expect(openAt(night, at('2026-12-13T05:00:00'))).toBe(false) // Saturday had no night window
  })
  it('lets a dated exception replace the day: closed, or other hours', () => {
    const holiday: OpeningHours = { ...weekdays, exceptions: [
      { date: '2026-12-07', closed: true },
      { date: '2026-12-08', closed: false, opens: '10:00', closes: '12:00' },
    ] }
    expect(openAt(holiday, at('2026-12-07T10:00:00'))).toBe(false)
    expect(openAt(holiday, at('2026-12-08T11:00:00'))).toBe(true)
    expect(openAt(holiday, at('2026-12-08T13:00:00'))).toBe(false)
    expect(openAt(holiday, at('2026-12-09T13:00:00'))).toBe(true)
  })
  it('closes last night\'s overnight window when yesterday was a closed exception', () => {
    const night: OpeningHours = { open24h: false, weekly: [{ day: 1, opens: '22:00', closes: '06:00' }], exceptions: [{ date: '2026-12-07', closed: true }] }
    expect(openAt(night, at('2026-12-08T02:00:00'))).toBe(false)
  })
})

describe('week table and exceptions', () => {
  it('lists Monday to Sunday with the windows in order, empty days included', () => {
    const table = weekTable({ open24h: false, weekly: [{ day: 1, opens: '14:00', closes: '18:00' }, { day: 1, opens: '08:00', closes: '12:00' }] })
    expect(table).toHaveLength(7)
    expect(table[0]).toEqual({ day: 1, windows: ['08:00–12:00', '14:00–18:00'] })
    expect(table[6]).toEqual({ day: 7, windows: [] })
  })
  it('keeps the exceptions from today on, soonest first', () => {
    const hours: OpeningHours = { open24h: false, exceptions: [
      { date: '2026-12-25', closed: true }, { date: '2026-12-01', closed: true }, { date: '2026-12-07', closed: true }] }
    expect(upcomingExceptions(hours, at('2026-12-07T09:00:00')).map(e => e.date)).toEqual(['2026-12-07', '2026-12-25'])
  })
})
