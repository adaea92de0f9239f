// volunteer-service's shift and sign-up views, and how "my shifts" puts them together.
export interface ShiftView {
  id: string; stationId: string; stationName: string; tenant: string; kind: string; kindLabel: string; title: string | null
  roleNeeded: string | null; startsAt: string; endsAt: string; capacity: number; confirmed: number; openPlaces: number
}
export interface SignupView {
  id: string; shiftId: string; status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED' | 'NO_SHOW'; waitlistPosition: number | null
  startsAt: string; endsAt: string; checkedInAt: string | null; checkedOutAt: string | null; late: boolean
}
export interface MyShift { signup: SignupView; shift: ShiftView | null }

const ACTIVE = ['CONFIRMED', 'WAITLISTED']

/** My sign-ups (GET /shifts/mine has no station) beside their shifts, soonest first. */
export function joinMine(signups: SignupView[], shifts: ShiftView[]): MyShift[] {
  const byId = new Map(shifts.map(s => [s.id, s]))
  return signups
    .map(signup => ({ signup, shift: byId.get(signup.shiftId) ?? null }))
    .sort((a, b) => Date.parse(a.signup.startsAt) - Date.parse(b.signup.startsAt))
}

/** My active sign-up for a shift of the open list, if any. */
export const activeSignup = (shiftId: string, signups: SignupView[]): SignupView | undefined =>
  signups.find(s => s.shiftId === shiftId && ACTIVE.includes(s.status))

/**
 * What the volunteer can do next on duty. Check-in opens 30 minutes before the start
 * (volunteer-service's `check-in-opens-before`, its default) and closes at the end; the service
 * decides, this only chooses which button to show.
 */
export function dutyStep(s: SignupView, now: Date, opensBeforeMin = 30): 'check-in' | 'check-out' | 'done' | 'later' | 'none' {
  if (s.status !== 'CONFIRMED') return 'none'
  if (s.checkedOutAt) return 'done'
  if (s.checkedInAt) return 'check-out'
  const t = now.getTime()
  if (t > Date.parse(s.endsAt)) return 'none'
  return t >= Date.parse(s.startsAt) - opensBeforeMin * 60000 ? 'check-in' : 'later'
}

/** Sign-ups can be cancelled until the shift starts (the service refuses within 2 h, with its reason). */
export const cancellable = (s: SignupView, now: Date): boolean =>
  ACTIVE.includes(s.status) && !s.checkedInAt && now.getTime() < Date.parse(s.startsAt)
