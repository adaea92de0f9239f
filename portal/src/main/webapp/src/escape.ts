// Leaflet's bindTooltip/bindPopup and divIcon take their string as HTML. Station names, team names
// and anything else a user typed must pass through here first, or a name like
// `<img src=x onerror=...>` runs as script in whoever looks at the map.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }

/** The text as HTML that shows it literally (safe in element content and quoted attributes). */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"'`]/g, c => ENTITIES[c])
}
