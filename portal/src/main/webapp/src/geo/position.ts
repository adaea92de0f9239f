import type { LatLon } from './gcj02'

/** The phone's position (WGS-84, as browsers give it), or null when it is refused or takes too long. */
export function currentPosition(timeoutMs = 5000): Promise<LatLon | null> {
  return new Promise(resolve => {
    if (!navigator.geolocation) { resolve(null); return }
    navigator.geolocation.getCurrentPosition(
      p => resolve({ lat: p.coords.latitude, lon: p.coords.longitude }),
      () => resolve(null),
      { timeout: timeoutMs, maximumAge: 60000 })
  })
}
