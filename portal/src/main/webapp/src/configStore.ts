import type { PortalConfig } from './config'

let current: PortalConfig | null = null
export const provideConfig = (c: PortalConfig) => { current = c }
export const portalConfig = (): PortalConfig => current!
