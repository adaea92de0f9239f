// The cities of docs/conventions.md §2 (codes are what the APIs take).
export const TENANTS: { code: string; zh: string; en: string; lat: number; lon: number }[] = [
  { code: 'fuzhou', zh: '福州', en: 'Fuzhou', lat: 26.07, lon: 119.30 },
  { code: 'xiamen', zh: '厦门', en: 'Xiamen', lat: 24.48, lon: 118.09 },
  { code: 'zhangzhou', zh: '漳州', en: 'Zhangzhou', lat: 24.51, lon: 117.65 },
  { code: 'quanzhou', zh: '泉州', en: 'Quanzhou', lat: 24.87, lon: 118.68 },
  { code: 'sanming', zh: '三明', en: 'Sanming', lat: 26.26, lon: 117.64 },
  { code: 'putian', zh: '莆田', en: 'Putian', lat: 25.45, lon: 119.01 },
  { code: 'nanping', zh: '南平', en: 'Nanping', lat: 26.64, lon: 118.18 },
  { code: 'longyan', zh: '龙岩', en: 'Longyan', lat: 25.08, lon: 117.02 },
  { code: 'ningde', zh: '宁德', en: 'Ningde', lat: 26.66, lon: 119.55 },
  { code: 'pingtan', zh: '平潭', en: 'Pingtan', lat: 25.50, lon: 119.79 },
]
export const tenantName = (code: string | null | undefined, lang: string) => {
  const t = TENANTS.find(x => x.code === code)
  return t ? (lang === 'en' ? t.en : t.zh) : (code ?? '')
}
// Central Fuzhou (五一广场): where "near me" looks when the browser gives no position.
export const FALLBACK_POINT = { lat: 26.0745, lon: 119.2965 }
