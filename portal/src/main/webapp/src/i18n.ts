import { createI18n } from 'vue-i18n'
import { workerMessages } from './i18n-worker'
import { adminEn, adminZh, consoleEn, consoleZh } from './i18n-admin'
import { notifyEn, notifyZh } from './i18n-notify'
import { desksEn, desksZh } from './i18n-desks'
import { lockersEn, lockersZh } from './i18n-lockers'
import { vdesksEn, vdesksZh } from './i18n-vdesks'
import { inspectEn, inspectZh } from './i18n-inspect'

// Simplified Chinese first; English beside it for visitors and reviewers.
const zh = {
  auth: { unavailable: '登录服务暂时不可用', unavailableHint: '统一身份认证服务没有响应，请稍后再试。已登录的页面不受影响。', retry: '重新登录' },
  app: { title: '驿站门户', admin: '管理后台', worker: '劳动者服务', logout: '退出', login: '登录', loading: '加载中…', lang: 'English' },
  menu: { map: '驿站地图', stations: '驿站列表', register: '登记驿站', dashboard: '数据看板', nearby: '附近驿站', reports: '问题反馈', lockers: '智能柜', feedback: '评价与金点子', evaluation: '考评与黄红牌' },
  feedback: {
    comments: '待审核评论', ideas: '金点子', words: '命中词', APPROVED: '通过', REJECTED: '不通过', SUBMITTED: '新提交', ACKNOWLEDGED: '已受理',
    ADOPTED: '采纳', DECLINED: '不采纳', reply: '给提出人的答复', replyNeeded: '请填写答复（500 字以内）', title: '标题', body: '内容',
  },
  reports: {
    OPEN: '待处理', RESOLVED: '已解决', REJECTED: '不予采纳', kind: '类型', note: '说明', at: '提交时间', answer: '处理说明', open: '查看驿站', done: '已答复',
    kinds: { CLOSED: '驿站关闭', MOVED: '驿站搬迁', WRONG_INFO: '信息有误' }, send: '提交反馈', sent: '已提交，城市工会将处理', title: '反馈问题',
  },
  eval: {
    all: '全部', colour: '牌', rule: '触发规则', issued: '发牌时间', deadline: '整改期限', evidence: '依据', remarks: '意见或理由',
    remarksNeeded: '摘牌决定须说明理由（1000 字以内）', accept: '整改通过', reject: '退回整改', delist: '确认摘牌', keep: '不予摘牌', done: '已处理',
    dryRun: '试运行', dryRunHint: '按当前规则和数据试算一次考评，不发牌、不改状态', dryRunTitle: '试运行结果（{city}，{at}）', dryRunClose: '关闭',
    dryRunCounts: '考评 {judged} 个驿站，其中 {carded} 个将被亮牌：黄牌 {yellow} 张，红牌 {red} 张，逾期升级 {escalated} 张', dryRunNothing: '本次考评不会发牌',
    proposed: '将发出的牌',
    colours: { YELLOW: '黄牌', RED: '红牌' },
    status: { ISSUED: '待整改', RECTIFICATION_SUBMITTED: '整改待审核', RECTIFIED: '已整改', ESCALATED: '已升级红牌', DELISTING_PROPOSED: '建议摘牌', DELISTED: '已摘牌', WITHDRAWN: '不予摘牌' },
  },
  lockers: { name: '柜名', compartments: '格口数', online: '在线状态', heartbeat: '最近心跳', compartment: '格口', item: '物资', quantity: '数量', held: '已预约', available: '可领' },
  city: { all: '全省', label: '城市' },
  status: { PLANNED: '规划中', OPEN: '运营中', SUSPENDED: '暂停', WARNED: '警告', DELISTED: '已摘牌' },
  type: { STANDALONE: '独立驿站', COURIER_DEPOT: '快递网点内驿站', SHOP_OR_PUBLIC_BUILDING: '商户或公共建筑内驿站', SMART: '智慧驿站', TWENTY_FOUR_HOUR: '24小时驿站' },
  station: {
    name: '名称', address: '地址', district: '区县', city: '城市', type: '类型', status: '状态', contact: '联系人', phone: '联系电话',
    host: '承建单位', lat: '纬度', lon: '经度', open24h: '24小时', amenities: '设施', search: '按名称或地址查找',
    registered: '驿站已登记', detail: '驿站详情', total: '共 {n} 个驿站', clusters: '聚合显示 {n} 个驿站', pick: '在地图上点击选择位置',
  },
  form: { submit: '登记', cancel: '取消', required: '必填', tenant: '所属城市' },
  detail: { to: '设为{s}', reason: '原因（可选，200 字以内）', moved: '已设为{s}', qr: '评价二维码' },
  dash: {
    programme: '年度建设进度', target: '目标', actual: '完成', newStations: '新建', upgraded: '提升改造', smart: '智慧化',
    cards: '考评黄牌/红牌（月度）', yellow: '黄牌', red: '红牌', rectified: '整改完成', delisted: '摘牌',
    summary: '各市考评汇总', satisfaction: '满意度（近 12 周）', average: '平均分', ratings: '评价数',
    lockers: '智能柜发放（月度）', volunteers: '志愿服务人次', cadres: '干部志愿服务人次 / 年度目标', personTimes: '人次', dispatches: '发放件数', value: '物资价值（元）', year: '年度', noData: '暂无数据',
  },
  worker: {
    nearby: '附近驿站', locating: '正在定位…', fallback: '未获得定位，显示福州市中心附近', distance: '{d} 米', km: '{d} 公里',
    lockers: '智能柜物资', reserve: '预约领取', code: '取件码', qr: '取件二维码', expires: '请在 {t} 前取件', rate: '评价驿站',
    score: '评分', comment: '留言（可选）', send: '提交评价', thanks: '感谢您的评价', none: '附近暂无驿站', noStock: '暂无可领物资',
    available: '可领 {n}', reserved: '预约成功', mine: '我的预约', openNow: '正在开放', noneMine: '暂无预约', cancel: '取消预约',
  },
}

const en: typeof zh = {
  auth: { unavailable: 'The login service is unavailable', unavailableHint: 'The sign-in service does not answer; please try again shortly. Pages you are already signed in to keep working.', retry: 'Try again' },
  app: { title: 'Yizhan portal', admin: 'Admin console', worker: 'Worker services', logout: 'Log out', login: 'Log in', loading: 'Loading…', lang: '中文' },
  menu: { map: 'Station map', stations: 'Stations', register: 'Register station', dashboard: 'Dashboard', nearby: 'Stations near me', reports: 'Worker reports', lockers: 'Lockers', feedback: 'Ratings & ideas', evaluation: 'Evaluation cards' },
  feedback: {
    comments: 'Held comments', ideas: 'Golden ideas', words: 'Matched words', APPROVED: 'Approve', REJECTED: 'Reject', SUBMITTED: 'New', ACKNOWLEDGED: 'Acknowledge',
    ADOPTED: 'Adopt', DECLINED: 'Decline', reply: 'Reply to the author', replyNeeded: 'A reply is needed (up to 500 characters)', title: 'Title', body: 'Idea',
  },
  reports: {
    OPEN: 'Open', RESOLVED: 'Resolved', REJECTED: 'Rejected', kind: 'Kind', note: 'Note', at: 'Reported', answer: 'Answer', open: 'Station', done: 'Answered',
    kinds: { CLOSED: 'Closed', MOVED: 'Moved', WRONG_INFO: 'Wrong information' }, send: 'Send report', sent: 'Sent: the city union will look into it', title: 'Report a problem',
  },
  eval: {
    all: 'All', colour: 'Card', rule: 'Rule', issued: 'Issued', deadline: 'Rectify by', evidence: 'Evidence', remarks: 'Remarks or reason',
    remarksNeeded: 'A delisting decision needs a reason (up to 1000 characters)', accept: 'Accept', reject: 'Send back', delist: 'Delist', keep: 'Keep station', done: 'Done',
    dryRun: 'Dry run', dryRunHint: 'Work out an evaluation run on the current rules and data, without issuing cards or changing any status', dryRunTitle: 'Dry run ({city}, {at})', dryRunClose: 'Close',
    dryRunCounts: '{judged} stations judged; {carded} would be carded: {yellow} yellow, {red} red, {escalated} escalated', dryRunNothing: 'This run would issue no card',
    proposed: 'Cards it would issue',
    colours: { YELLOW: 'Yellow', RED: 'Red' },
    status: { ISSUED: 'To rectify', RECTIFICATION_SUBMITTED: 'Rectification to review', RECTIFIED: 'Rectified', ESCALATED: 'Turned red', DELISTING_PROPOSED: 'Delisting proposed', DELISTED: 'Delisted', WITHDRAWN: 'Kept' },
  },
  lockers: { name: 'Locker', compartments: 'Compartments', online: 'Online', heartbeat: 'Last heartbeat', compartment: 'No.', item: 'Item', quantity: 'Quantity', held: 'Held', available: 'Available' },
  city: { all: 'Province', label: 'City' },
  status: { PLANNED: 'Planned', OPEN: 'Open', SUSPENDED: 'Suspended', WARNED: 'Warned', DELISTED: 'Delisted' },
  type: { STANDALONE: 'Standalone', COURIER_DEPOT: 'In a courier depot', SHOP_OR_PUBLIC_BUILDING: 'In a shop or public building', SMART: 'Smart station', TWENTY_FOUR_HOUR: '24-hour station' },
  station: {
    name: 'Name', address: 'Address', district: 'District', city: 'City', type: 'Type', status: 'Status', contact: 'Contact', phone: 'Phone',
    host: 'Host organisation', lat: 'Latitude', lon: 'Longitude', open24h: '24 h', amenities: 'Amenities', search: 'Find by name or address',
    registered: 'Station registered', detail: 'Station', total: '{n} stations', clusters: '{n} stations in clusters', pick: 'Click the map to pick the location',
  },
  form: { submit: 'Register', cancel: 'Cancel', required: 'required', tenant: 'City' },
  detail: { to: 'Set {s}', reason: 'Reason (optional, up to 200 characters)', moved: 'Now {s}', qr: 'Rating QR code' },
  dash: {
    programme: 'Programme progress', target: 'Target', actual: 'Done', newStations: 'New', upgraded: 'Upgraded', smart: 'Smart',
    cards: 'Yellow / red cards per month', yellow: 'Yellow', red: 'Red', rectified: 'Rectified', delisted: 'Delisted',
    summary: 'Evaluation per city', satisfaction: 'Satisfaction (12 weeks)', average: 'Average', ratings: 'Ratings',
    lockers: 'Locker dispatches per month', volunteers: 'Volunteer person-times', cadres: 'Cadre person-times / yearly target', personTimes: 'Person-times', dispatches: 'Dispatches', value: 'Value (yuan)', year: 'Year', noData: 'No data yet',
  },
  worker: {
    nearby: 'Stations near me', locating: 'Locating…', fallback: 'No location: showing central Fuzhou', distance: '{d} m', km: '{d} km',
    lockers: 'Free supplies', reserve: 'Reserve', code: 'Pickup code', qr: 'Pickup QR', expires: 'Pick up before {t}', rate: 'Rate this station',
    score: 'Score', comment: 'Comment (optional)', send: 'Send', thanks: 'Thank you', none: 'No station nearby', noStock: 'Nothing to collect',
    available: '{n} left', reserved: 'Reserved', mine: 'My reservations', openNow: 'Open now', noneMine: 'No reservations', cancel: 'Cancel',
  },
}

const saved = localStorage.getItem('yizhan.lang')
export const i18n = createI18n({ legacy: false, locale: saved === 'en' ? 'en' : 'zh-CN', fallbackLocale: 'zh-CN', messages: { 'zh-CN': { ...zh, ...workerMessages.zh, adm: adminZh, con: consoleZh, ntf: notifyZh, desk: desksZh, lk: lockersZh, vd: vdesksZh, insp: inspectZh }, en: { ...en, ...workerMessages.en, adm: adminEn, con: consoleEn, ntf: notifyEn, desk: desksEn, lk: lockersEn, vd: vdesksEn, insp: inspectEn } } })

export function toggleLanguage() {
  const next = i18n.global.locale.value === 'en' ? 'zh-CN' : 'en'
  i18n.global.locale.value = next
  localStorage.setItem('yizhan.lang', next === 'en' ? 'en' : 'zh')
  document.documentElement.lang = next
}

// Dates and numbers are shown the Chinese way whatever the language, in station time.
const dateFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
const numFmt = new Intl.NumberFormat('zh-CN')
export const fmtDate = (iso: string | null | undefined) => (iso ? dateFmt.format(new Date(iso)) : '—')
export const fmtNum = (n: number | null | undefined) => (n == null ? '—' : numFmt.format(n))
