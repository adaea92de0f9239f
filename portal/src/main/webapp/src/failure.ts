import { ref } from 'vue'
import { ApiError } from './api'

/**
 * A page's error line: `attempt` runs the work and, when it fails, shows why (the service's
 * "中文 / English" detail) instead of throwing; a new attempt clears the last message.
 */
export function useFailure() {
  const error = ref('')
  async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
    error.value = ''
    try {
      return await work()
    } catch (e) {
      error.value = (e as Error).message
      return undefined
    }
  }
  return { error, attempt }
}

/**
 * A form's submission: `submit` runs the call with the form busy; a refused call shows the service's
 * detail above the form and each violation under its field (`errors[field]`); anything else its text.
 */
export function useFormSubmit() {
  const busy = ref(false)
  const failureText = ref('')
  const errors = ref<Record<string, string>>({})
  function clear() {
    errors.value = {}
    failureText.value = ''
  }
  async function submit(work: () => Promise<unknown>) {
    busy.value = true
    clear()
    try {
      await work()
    } catch (e) {
      if (e instanceof ApiError) {
        failureText.value = e.detail
        for (const v of e.violations) errors.value[v.field] = v.message
      } else failureText.value = String(e)
    } finally {
      busy.value = false
    }
  }
  return { busy, failureText, errors, clear, submit }
}
