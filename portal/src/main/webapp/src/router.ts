import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { session, isAdmin, isDesk, deskHome, isWorker, login } from './auth'

const routes: RouteRecordRaw[] = [
  { path: '/callback', component: () => import('./views/Callback.vue'), meta: { public: true } },
  { path: '/login-unavailable', component: () => import('./views/LoginUnavailable.vue'), meta: { public: true } },
  // a station's wall poster: /s/{id}?t={token} is what rating-service's QR codes carry; /rate/ the older links
  { path: '/s/:stationId', component: () => import('./views/StationPoster.vue'), props: true, meta: { public: true } },
  { path: '/rate/:stationId', component: () => import('./views/StationPoster.vue'), props: true, meta: { public: true } },
  { path: '/', component: () => import('./views/Home.vue') },
  {
    path: '/admin', component: () => import('./views/admin/AdminLayout.vue'), meta: { admin: true },
    children: [
      { path: '', redirect: '/admin/map' },
      { path: 'map', component: () => import('./views/admin/StationMap.vue') },
      { path: 'stations', component: () => import('./views/admin/StationList.vue') },
      { path: 'stations/new', component: () => import('./views/admin/StationForm.vue') },
      { path: 'stations/:id', component: () => import('./views/admin/StationDetail.vue'), props: true },
      { path: 'dashboard', component: () => import('./views/admin/Dashboard.vue') },
      { path: 'reports', component: () => import('./views/admin/Reports.vue') },
      { path: 'lockers', component: () => import('./views/admin/Lockers.vue') },
      { path: 'feedback', component: () => import('./views/admin/Feedback.vue') },
      { path: 'evaluation', component: () => import('./views/admin/Evaluation.vue') },
      // evaluation, station edit, restocking, duty shifts, wishes
      { path: 'evaluation/stations/:id', component: () => import('./views/admin/evaluation/Scorecard.vue'), props: true },
      { path: 'evaluation/inspections', component: () => import('./views/admin/evaluation/Inspections.vue') },
      // issue 19: third-party inspection — the admins assign stations to a body, its inspectors see only those
      { path: 'evaluation/assignments', component: () => import('./views/admin/evaluation/Assignments.vue'), meta: { roles: ['province-admin', 'city-admin'] } },
      { path: 'my-inspections', component: () => import('./views/admin/evaluation/MyInspections.vue'), meta: { roles: ['inspector'] } },
      { path: 'evaluation/rules', component: () => import('./views/admin/evaluation/Rules.vue') },
      { path: 'stations/:id/edit', component: () => import('./views/admin/StationEdit.vue'), props: true },
      { path: 'lockers/restock', component: () => import('./views/admin/lockers/Restock.vue') },
      // issue 19: a station manager's own stations with their photos, laid out for a phone
      { path: 'my-stations', component: () => import('./views/admin/station/MyStations.vue'), meta: { roles: ['station-manager'] } },
      { path: 'shifts', component: () => import('./views/admin/volunteer/ShiftCalendar.vue'), meta: { roles: ['province-admin', 'city-admin', 'station-manager'] } },
      { path: 'wishes', component: () => import('./views/admin/volunteer/Wishes.vue') },
      // issue 19: the partners desk (province) and the yearly programme
      { path: 'partners', component: () => import('./views/admin/partners/Partners.vue') },
      { path: 'programme', component: () => import('./views/admin/programme/Programme.vue') },
      { path: 'notifications', component: () => import('./views/common/Notifications.vue'), meta: { roles: ['province-admin', 'city-admin', 'station-manager', 'rights-desk', 'inspector'] } },
      // issue 19: the volunteer-service desks (a station manager and the rights desk see their own only)
      { path: 'help', component: () => import('./views/admin/volunteer/HelpDesk.vue'), meta: { roles: ['province-admin', 'city-admin', 'station-manager'] } },
      { path: 'rights', component: () => import('./views/admin/volunteer/RightsDesk.vue'), meta: { roles: ['province-admin', 'city-admin', 'rights-desk'] } },
      // issue 19: teams, membership, health-check devices, the donation corner (the donation corner also opens to station managers)
      { path: 'teams', component: () => import('./views/admin/volunteer/Teams.vue') },
      { path: 'membership', component: () => import('./views/admin/volunteer/Membership.vue') },
      { path: 'health-devices', component: () => import('./views/admin/volunteer/HealthDevices.vue') },
      { path: 'donations', component: () => import('./views/admin/volunteer/DonationCorner.vue'), meta: { roles: ['province-admin', 'city-admin', 'station-manager'] } },
    ],
  },
  {
    path: '/worker', component: () => import('./views/worker/WorkerLayout.vue'),
    children: [
      { path: '', redirect: '/worker/nearby' },
      { path: 'nearby', component: () => import('./views/worker/Nearby.vue') },
      { path: 'stations/:id', component: () => import('./views/worker/WorkerStation.vue'), props: true },
      { path: 'reservations', component: () => import('./views/worker/MyReservations.vue') },
      // along my route, volunteers' shifts, micro-wishes, golden ideas
      { path: 'route', component: () => import('./views/worker/AlongRoute.vue') },
      { path: 'shifts', component: () => import('./views/worker/Shifts.vue'), meta: { roles: ['volunteer'] } },
      { path: 'wishes', component: () => import('./views/worker/Wishes.vue'), meta: { roles: ['worker'] } },
      { path: 'ideas', component: () => import('./views/worker/Ideas.vue'), meta: { roles: ['worker', 'volunteer'] } },
      // issue 18: butler help, rights cases, membership, the wish board, the donation corner, adopted ideas
      { path: 'more', component: () => import('./views/worker/More.vue') },
      { path: 'help', component: () => import('./views/worker/Help.vue'), meta: { roles: ['worker'] } },
      { path: 'rights', component: () => import('./views/worker/Rights.vue'), meta: { roles: ['worker'] } },
      { path: 'membership', component: () => import('./views/worker/Membership.vue'), meta: { roles: ['worker'] } },
      { path: 'board', component: () => import('./views/worker/WishBoard.vue') },
      { path: 'donations', component: () => import('./views/worker/Donations.vue') },
      { path: 'adopted', component: () => import('./views/worker/Adopted.vue') },
      // issue 20: every signed-in person's notifications (station managers land here too)
      { path: 'notifications', component: () => import('./views/common/Notifications.vue') },
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHistory(), routes })

// Everything but the login callback needs a session; the admin console needs an admin role.
router.beforeEach(async to => {
  if (to.meta.public) return true
  if (!session.user || session.user.expired) {
    try {
      await login(to.fullPath)
    } catch {
      // the login service does not answer (Keycloak down): tell the user rather than leave a blank page
      return { path: '/login-unavailable', query: { to: to.fullPath } }
    }
    return false
  }
  if (to.matched.some(r => r.meta.admin) && !isDesk()) return isWorker() ? '/worker' : '/'
  const roles = to.meta.roles as string[] | undefined
  // a console page that names no roles is the admins'; a desk of one trade goes to its own page
  if (to.matched.some(r => r.meta.admin) && !roles && !isAdmin()) return deskHome()
  if (roles && !roles.some(r => session.roles.includes(r))) return to.path.startsWith('/admin') ? '/' : '/worker/nearby'
  return true
})
