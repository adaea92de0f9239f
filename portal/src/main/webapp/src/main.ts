import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import 'leaflet/dist/leaflet.css'
import './style.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { loadConfig } from './config'
import { initAuth } from './auth'
import { provideConfig } from './configStore'

async function start() {
  const config = await loadConfig()
  provideConfig(config)
  await initAuth(config)
  createApp(App).use(ElementPlus).use(i18n).use(router).mount('#app')
}

start().catch(e => {
  document.getElementById('app')!.textContent = `门户无法启动 / The portal could not start: ${e}`
})
