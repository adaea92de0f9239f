import { accessToken } from './auth'

/** An RFC 9457 problem from a service: `detail` is already "中文 / English". */
export class ApiError extends Error {
  constructor(public status: number, public detail: string, public violations: { field: string; message: string }[] = []) {
    super(detail)
  }
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = await accessToken()
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `Bearer ${token}`)
  // a FormData body (a photo upload) sets its own multipart Content-Type with the boundary
  if (init.body && !(init.body instanceof FormData) && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
  headers.set('Accept', 'application/json')
  const res = await fetch(path, { ...init, headers })
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`
    let violations = []
    try {
      const p = await res.json()
      detail = p.detail ?? p.title ?? detail
      violations = p.violations ?? []
    } catch { /* not JSON */ }
    throw new ApiError(res.status, detail, violations)
  }
  if (res.status === 204) return undefined as T
  return res.json() as Promise<T>
}

/** A binary resource behind the token (QR posters), as an object URL for <img>. */
export async function blobUrl(path: string): Promise<string> {
  const token = await accessToken()
  const res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
  if (!res.ok) throw new ApiError(res.status, `${res.status} ${res.statusText}`)
  return URL.createObjectURL(await res.blob())
}

export const post = <T>(path: string, body: unknown, headers: Record<string, string> = {}) =>
  api<T>(path, { method: 'POST', body: JSON.stringify(body), headers })

export interface Page<T> { items: T[]; page: number; size: number; total: number }

export interface StationHit {
  id: string; tenant: string; name: string; address: string; district: string
  lat: number; lon: number; type: string; status: string; open24h: boolean
  amenities: string[]; distanceM?: number; alongRouteM?: number; offRouteM?: number
}
