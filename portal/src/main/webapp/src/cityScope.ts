import { ref } from 'vue'
import { session, isProvince } from './auth'

/** The city the admin console shows: a city admin's own; a province admin picks one or all (''). */
export const selectedCity = ref<string>('')

export function effectiveCity(): string {
  return isProvince() ? selectedCity.value : (session.tenant ?? '')
}
