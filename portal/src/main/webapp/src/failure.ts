import { ref } from 'vue'

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
