// A station's posted opening hours as the worker's station page shows them: "open now" in station
// time (Asia/Shanghai, whatever the phone's zone), the same rule as station-service's
// station_open_at() SQL function (V2 migration), so the page and the search's openNow filter agree.

export interface OpeningWindow { day: number; opens: string; closes: string }
export interface HoursException { date: string; closed: boolean; opens?: string | null; closes?: string | null; note?: string | null }
export interface OpeningHours { open24h: boolean; weekly?: OpeningWindow[] | null; exceptions?: HoursException[] | null }

/** The wall-clock date (YYYY-MM-DD), ISO weekday (1 = Monday) and minutes of `at` in station time. */
export function stationClock(at: Date): { date: string; day: number; minutes: number } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    weekday: 'short', hourCycle: 'h23',
  }).formatToParts(at).map(p => [p.type, p.value]))
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day, minutes: Number(parts.hour) * 60 + Number(parts.minute) }
}

const mins = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const previousDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86400000).toISOString().slice(0, 10)

// a window whose close is not after its open runs past midnight (22:00–06:00)
const within = (opens: string, closes: string, t: number) => mins(opens) <= t && (t < mins(closes) || mins(closes) <= mins(opens))
const pastMidnight = (opens: string, closes: string, t: number) => mins(closes) <= mins(opens) && t < mins(closes)

/** Whether the station is open at `at` by its posted hours; null when it posts none. */
export function openAt(hours: OpeningHours | null | undefined, at: Date): boolean | null {
  if (!hours) return null
  if (hours.open24h) return true
  const weekly = hours.weekly ?? []
  const exceptions = hours.exceptions ?? []
  if (weekly.length === 0 && exceptions.length === 0) return null
  const { date, day, minutes } = stationClock(at)
  const today = exceptions.find(e => e.date === date)
  if (today) {
    if (today.closed) return false
    if (today.opens && today.closes && within(today.opens, today.closes, minutes)) return true
  } else if (weekly.some(w => w.day === day && within(w.opens, w.closes, minutes))) {
    return true
  }
  // yesterday's windows that run past midnight
  const yesterday = previousDate(date)
  const prev = exceptions.find(e => e.date === yesterday)
  if (prev) return !prev.closed && !!prev.opens && !!prev.closes && pastMidnight(prev.opens, prev.closes, minutes)
  const prevDay = day === 1 ? 7 : day - 1
  return weekly.some(w => w.day === prevDay && pastMidnight(w.opens, w.closes, minutes))
}

/** The weekly windows grouped by weekday, Monday first, each day's windows in order of opening. */
export function weekTable(hours: OpeningHours | null | undefined): { day: number; windows: string[] }[] {
  const weekly = hours?.weekly ?? []
  return [1, 2, 3, 4, 5, 6, 7].map(day => ({
    day,
    windows: weekly.filter(w => w.day === day).sort((a, b) => a.opens.localeCompare(b.opens)).map(w => `${w.opens}–${w.closes}`),
  }))
}

/** Dated exceptions from today (station time) on, soonest first: what a worker planning a visit needs. */
export function upcomingExceptions(hours: OpeningHours | null | undefined, at: Date): HoursException[] {
  const today = stationClock(at).date
  return (hours?.exceptions ?? []).filter(e => e.date >= today).sort((a, b) => a.date.localeCompare(b.date))
}
