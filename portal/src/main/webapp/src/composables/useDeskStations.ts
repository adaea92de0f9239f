import { ref } from 'vue'
import { api } from '../api'
import { effectiveCity } from '../cityScope'

export interface DeskStation { id: string; name: string; tenant: string; open24h: boolean }

/**
 * The open stations a desk may pick, by name: volunteer-service's `/api/v1/shifts/stations` already
 * narrows them to the caller's city (the console's city for the province) and a station manager's own.
 */
export function useDeskStations() {
  const stations = ref<DeskStation[]>([])
  // The list a dialog loads on opening and the one a typed name asks for can answer out of order;
  // only the newest question may set the options, or an older answer would replace the typed
  // matches while the user clicks one of them.
  let asked = 0
  async function findStations(q = '') {
    const p = new URLSearchParams({ q })
    if (effectiveCity()) p.set('tenant', effectiveCity())
    const mine = ++asked
    const found = await api<DeskStation[]>(`/api/v1/shifts/stations?${p}`)
    if (mine === asked) stations.value = found
  }
  const stationName = (id: string) => stations.value.find(s => s.id === id)?.name ?? id
  return { stations, findStations, stationName }
}
