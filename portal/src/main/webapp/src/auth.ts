import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import { reactive } from 'vue'
import type { PortalConfig } from './config'

// Authorization code + PKCE (oidc-client-ts does both) against Keycloak's public client `portal`.
// Tokens live only in this module's memory (docs/adr/0010-portal-token-and-csp.md): script injected
// through content cannot read them from sessionStorage or localStorage, and they are never in a cookie
// the API would trust. A reload forgets them; the router then goes through Keycloak again, whose own
// session cookie brings the user straight back without a password. Only the short-lived sign-in state
// (PKCE verifier, return path) sits in sessionStorage, since it must survive the redirect.
export interface Session {
  user: User | null
  roles: string[]
  tenant: string | null
  name: string
}

export const session = reactive<Session>({ user: null, roles: [], tenant: null, name: '' })
let manager: UserManager

function claims(token: string): Record<string, unknown> {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')
  const json = decodeURIComponent(Array.from(atob(part), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''))
  return JSON.parse(json)
}

function apply(user: User | null) {
  session.user = user
  if (!user || user.expired) {
    session.roles = []; session.tenant = null; session.name = ''
    return
  }
  // Roles and city come from the access token: it is what the services read too.
  const c = claims(user.access_token)
  session.roles = ((c.realm_access as { roles?: string[] } | undefined)?.roles) ?? []
  session.tenant = (c.tenant as string | undefined) ?? null
  session.name = (c.preferred_username as string | undefined) ?? ''
}

export async function initAuth(config: PortalConfig): Promise<void> {
  const origin = window.location.origin
  manager = new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    // renews with the refresh token before the 300 s access token expires
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  })
  manager.events.addUserLoaded(apply)
  manager.events.addUserUnloaded(() => apply(null))
  manager.events.addSilentRenewError(() => apply(null))
  apply(await manager.getUser())
}

export function login(returnTo: string): Promise<void> {
  return manager.signinRedirect({ state: returnTo })
}

/**
 * Keycloak's own sign-up page (OpenID Connect `prompt=create`): a new worker registers with their
 * mobile number and city there, is signed in at once and comes back to `returnTo`.
 */
export function register(returnTo: string): Promise<void> {
  return manager.signinRedirect({ state: returnTo, prompt: 'create' })
}

export async function completeLogin(): Promise<string> {
  const user = await manager.signinRedirectCallback()
  apply(user)
  return typeof user.state === 'string' ? user.state : '/'
}

export async function logout(): Promise<void> {
  const user = session.user
  await manager.removeUser()
  apply(null)
  await manager.signoutRedirect({ id_token_hint: user?.id_token })
}

/** A fresh access token; renews it first when it is about to expire. */
export async function accessToken(): Promise<string | null> {
  let user = await manager.getUser()
  if (user && (user.expires_in ?? 0) < 30) {
    try { user = await manager.signinSilent() } catch { user = null }
    apply(user)
  }
  return user && !user.expired ? user.access_token : null
}

export const isAdmin = () => session.roles.includes('province-admin') || session.roles.includes('city-admin')
/** Who may open the admin console: admins, and the desks of one trade (station managers, the rights desk, outside inspectors). */
export const isDesk = () => isAdmin() || ['station-manager', 'rights-desk', 'inspector'].some(r => session.roles.includes(r))
export const hasRole = (...roles: string[]) => roles.some(r => session.roles.includes(r))
/** Where a console user lands: admins on the map, a station manager on their own stations, the rights desk on its cases, an inspector on their tasks. */
export const deskHome = () => (isAdmin() ? '/admin/map' : session.roles.includes('station-manager') ? '/admin/my-stations'
  : session.roles.includes('inspector') ? '/admin/my-inspections' : '/admin/rights')
export const isProvince = () => session.roles.includes('province-admin')
export const isWorker = () => session.roles.includes('worker')
