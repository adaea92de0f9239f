// What the portal server tells the browser (GET /config.json), so one build runs anywhere.
export interface PortalConfig {
  oidc: { authority: string; clientId: string }
  map: { tileUrl: string | null; attribution: string | null; gcj02: boolean }
}

export async function loadConfig(): Promise<PortalConfig> {
  const res = await fetch('/config.json', { cache: 'no-store' })
  if (!res.ok) throw new Error(`/config.json: ${res.status}`)
  return res.json()
}
