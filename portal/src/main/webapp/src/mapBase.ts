import L from 'leaflet'
import outline from './assets/fujian-outline.json'
import { portalConfig } from './configStore'
import { fromDisplay, toDisplay } from './geo/datum'
import type { LatLon } from './geo/gcj02'

/**
 * A Leaflet map on the configured tiles, or, without a tile URL (no external tiles here), on the
 * bundled outline of Fujian. Points are WGS-84 as the APIs give them; with GCJ-02 tiles they would
 * need shifting (the API's crs=gcj02 does that: see `crs()`).
 */
export function baseMap(el: HTMLElement, center: [number, number], zoom: number): L.Map {
  const map = L.map(el, { zoomControl: true, preferCanvas: false }).setView(center, zoom)
  const cfg = portalConfig().map
  if (cfg.tileUrl) {
    L.tileLayer(cfg.tileUrl, { attribution: cfg.attribution ?? '', maxZoom: 18 }).addTo(map)
  } else {
    L.geoJSON(outline as GeoJSON.FeatureCollection, {
      style: { color: '#7a9cc6', weight: 2, fillColor: '#f4f1e8', fillOpacity: 1 },
      interactive: false,
    }).addTo(map)
    map.attributionControl.addAttribution('福建省示意轮廓 / schematic outline of Fujian')
  }
  return map
}

/** The datum to ask the APIs for, so points land on the tiles drawn. */
export const crs = () => (portalConfig().map.gcj02 ? 'gcj02' : '')

export const STATUS_COLOURS: Record<string, string> = {
  OPEN: '#67c23a', WARNED: '#e6a23c', SUSPENDED: '#909399', PLANNED: '#409eff', DELISTED: '#f56c6c',
}

// Worker pages keep and send WGS-84 and shift only what they draw (see portal/README.md, "Datum").
/** A WGS-84 point where the configured tiles draw it. */
export const shown = (p: LatLon): L.LatLngTuple => {
  const d = toDisplay(p, portalConfig().map.gcj02)
  return [d.lat, d.lon]
}
/** The WGS-84 point under a click on the configured tiles. */
export const picked = (ll: L.LatLng): LatLon => fromDisplay({ lat: ll.lat, lon: ll.lng }, portalConfig().map.gcj02)
