// Messages of the admin console's issue-10 screens (scorecard, inspections, rules, station edit,
// restocking, shifts calendar, wishes review), kept apart from i18n.ts under `adm`.
// Simplified Chinese first; English beside it.
export const adminZh = {
  menu: {
    scorecards: '考评卡', inspections: '检查与抽查', rules: '考评规则', restock: '补货与设备', shifts: '值班日历', wishes: '微心愿审核',
  },
  days: { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' },
  score: {
    title: '考评卡', asOf: '计算时间', score: '综合得分', notJudged: '数据不足，暂不评分', judgedSince: '考评起始',
    satisfaction: '满意度（近 {d} 天）', ratings: '{n} 条评价（至少 {min} 条才判定，低于 {th} 为低）',
    opening: '未按时开放（近 {d} 天）', missed: '公示时段中无开放记录的次数', complaints: '待处理投诉',
    overdue: '逾期 {n} 条（{d} 天内须答复）', usage: '每周使用人次（低于 {min} 为低）', uses: '使用人次', minUses: '最低人次',
    lowWeeks: '连续低使用 {n} 周，已考评 {j} 周', inspection: '最近一次检查', noInspection: '尚无检查记录',
    help: '管家求助 {n} 次，已答复 {a}，升级 {e}', median: '答复中位数 {m} 分钟', cards: '黄牌/红牌', noCards: '无黄牌、红牌',
  },
  inspect: {
    plans: '抽查计划', from: '开始', to: '结束', kind: '检查类型', perCity: '每市抽查数', seed: '随机种子', draw: '抽取驿站',
    drawn: '已抽取 {n} 个驿站', planId: '计划编号', openPlan: '查看计划', inspected: '已检查', record: '录入检查',
    records: '检查记录', item: '检查项', points: '得分', at: '检查时间', inspector: '检查人或机构', total: '总分',
    base: '基础项', baseItem: '基础项', baseMet: '基础项全部达标', baseNotMet: '基础项未达标', sheet: '检查表',
    remarks: '备注', save: '提交检查结果', saved: '检查结果已录入', savedCard: '检查结果已录入：基础项未达标，已发黄牌',
    kinds: { RANDOM: '随机抽查', MUTUAL: '交叉互查', THIRD_PARTY: '第三方评估' },
  },
  rules: {
    for: '{c}的考评规则', when: '何时发牌', settings: '参数', save: '保存参数', saved: '参数已保存',
    provinceOnly: '考评参数由省总工会设定，市总可查看。',
    source: { DEFAULT: '默认', PROVINCE: '全省设定', CITY: '本市设定' },
    s: {
      minWeeklyUses: '每周最低使用人次', lowUsageWeeks: '连续低使用周数', lowSatisfaction: '满意度下限（分）', minRatings: '判定所需最少评价数',
      satisfactionDays: '满意度统计天数', missedOpeningsLimit: '未按时开放次数上限', missedOpeningsDays: '开放统计天数',
      complaintDeadlineDays: '投诉答复期限（天）', overdueComplaintsLimit: '逾期投诉条数上限', rectifyDays: '整改期限（天）', repeatYellowDays: '再次黄牌统计天数',
    },
  },
  edit: {
    details: '基本信息', hours: '开放时间', verification: '时间核验', managers: '负责人', save: '保存', saved: '已保存',
    area: '面积（平方米）', buildYear: '建设年份', remove: '删除', addWindow: '添加时段', exceptions: '特殊日期', closed: '闭站',
    addException: '添加特殊日期', postHours: '公布开放时间', verify: '确认开放时间无误', neverVerified: '开放时间尚未核验',
    verifiedBy: '{at} 由 {by} 核验', verifyHint: '现场或电话确认公示时间仍然正确后点击；公布新时间也算一次核验。',
    managerHint: '输入站长登录名后回车',
  },
  restock: {
    tasks: '补货任务', noTasks: '暂无待办补货任务（任务于每天 6 点、12 点按计划生成）', due: '应补日期', toFill: '需补', complete: '补货完成',
    belowPlan: '低于补货计划的智能柜', allFull: '各柜均已达到计划数量', planDay: '计划补货日', fill: '按计划补货',
    confirm: '确认补货：{l}', done: '已补货 {n} 件，价值 {v} 元', low: '低库存', noLow: '暂无低库存', threshold: '低库存线',
    offline: '离线设备', allOnline: '全部在线', never: '从未上线',
    plans: '补货计划', targets: '目标数量', noPlan: '未设补货计划', editPlan: '设置补货计划', addLine: '添加格口', planSaved: '补货计划已保存',
  },
  shifts: {
    week: '周', month: '月', today: '今天', gap: '缺人', full: '已满员', gaps: '{n} 个班次缺人（共 {m} 个）',
    atRisk: '未来 48 小时内有 {n} 个班次仍缺人', staffing: '已确认 {c} / 需 {n} 人，缺 {o} 人', capacity: '所需人数', saved: '人数已修改',
  },
  wishes: {
    none: '暂无待审核心愿', category: '类别', description: '心愿', cap: '价值上限', approve: '通过发布', reject: '不通过',
    approveNote: '备注（可选，200 字以内）', rejectNote: '不通过的原因（将告知发布人，200 字以内）', noteNeeded: '请填写原因（200 字以内）',
    approved: '已发布到心愿墙', rejected: '已退回', counts: '各市心愿数量',
    categories: { DAILY_NEEDS: '生活用品', WORK_GEAR: '工作装备', CHILDREN: '子女相关', HEALTH: '健康', STUDY: '学习', OTHER: '其他' },
    status: { PENDING_REVIEW: '待审核', PUBLISHED: '已发布', CLAIMED: '已认领', FULFILLED: '已实现', REJECTED: '未通过' },
  },
  dash: { usage: '每周使用人次（近 12 周）', doorEntries: '进站', pickups: '智能柜领取', checkIns: '志愿者签到', healthChecks: '健康检测', lowest: '满意度最低的驿站（近 30 天，至少 3 条评价）' },
  feedback: { comment: { PENDING: '待审核', APPROVED: '已通过', REJECTED: '未通过' }, moderated: '审核人 · 时间', noReply: '尚未答复' },
}

export const adminEn: typeof adminZh = {
  menu: {
    scorecards: 'Scorecards', inspections: 'Inspections', rules: 'Evaluation rules', restock: 'Restocking & devices', shifts: 'Duty calendar', wishes: 'Micro-wish review',
  },
  days: { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' },
  score: {
    title: 'Scorecard', asOf: 'As of', score: 'Score', notJudged: 'Not enough data to score yet', judgedSince: 'Judged since',
    satisfaction: 'Satisfaction ({d} days)', ratings: '{n} ratings (judged from {min}; under {th} is low)',
    opening: 'Missed openings ({d} days)', missed: 'posted periods with no sign of being open', complaints: 'Open complaints',
    overdue: '{n} overdue (answer within {d} days)', usage: 'Uses per week (under {min} is low)', uses: 'Uses', minUses: 'Minimum',
    lowWeeks: '{n} low weeks in a row, {j} weeks judged', inspection: 'Latest inspection', noInspection: 'No inspection yet',
    help: '{n} butler help requests, {a} answered, {e} escalated', median: 'median answer {m} min', cards: 'Cards', noCards: 'No cards',
  },
  inspect: {
    plans: 'Inspection plans', from: 'From', to: 'To', kind: 'Kind', perCity: 'Per city', seed: 'Seed', draw: 'Draw stations',
    drawn: '{n} stations drawn', planId: 'Plan id', openPlan: 'Open plan', inspected: 'Inspected', record: 'Record sheet',
    records: 'Inspections', item: 'Item', points: 'Points', at: 'Inspected', inspector: 'Inspector', total: 'Total',
    base: 'Base items', baseItem: 'base', baseMet: 'All base items met', baseNotMet: 'Base items not met', sheet: 'Inspection sheet',
    remarks: 'Remarks', save: 'Record', saved: 'Inspection recorded', savedCard: 'Inspection recorded: base items not met, a yellow card was issued',
    kinds: { RANDOM: 'Random check', MUTUAL: 'Mutual check', THIRD_PARTY: 'Third party' },
  },
  rules: {
    for: 'Evaluation rules for {c}', when: 'Fires when', settings: 'Settings', save: 'Save settings', saved: 'Settings saved',
    provinceOnly: 'The province sets the evaluation settings; cities can read them.',
    source: { DEFAULT: 'default', PROVINCE: 'province', CITY: 'this city' },
    s: {
      minWeeklyUses: 'Minimum uses per week', lowUsageWeeks: 'Low weeks in a row', lowSatisfaction: 'Lowest satisfaction', minRatings: 'Ratings needed to judge',
      satisfactionDays: 'Satisfaction window (days)', missedOpeningsLimit: 'Missed openings allowed', missedOpeningsDays: 'Opening window (days)',
      complaintDeadlineDays: 'Days to answer a complaint', overdueComplaintsLimit: 'Overdue complaints allowed', rectifyDays: 'Days to rectify', repeatYellowDays: 'Repeat-yellow window (days)',
    },
  },
  edit: {
    details: 'Details', hours: 'Opening hours', verification: 'Verification', managers: 'Managers', save: 'Save', saved: 'Saved',
    area: 'Area (m²)', buildYear: 'Build year', remove: 'Remove', addWindow: 'Add period', exceptions: 'Special dates', closed: 'Closed',
    addException: 'Add special date', postHours: 'Post hours', verify: 'Confirm the hours are right', neverVerified: 'Hours never verified',
    verifiedBy: 'verified {at} by {by}', verifyHint: 'Confirm after checking on site or by phone; posting new hours also counts.',
    managerHint: 'Type a manager\'s login name and press Enter',
  },
  restock: {
    tasks: 'Restock tasks', noTasks: 'No open restock tasks (generated from the plans at 06:00 and 12:00)', due: 'Due', toFill: 'To fill', complete: 'Done',
    belowPlan: 'Lockers below their restock plan', allFull: 'Every locker is at its plan', planDay: 'Plan day', fill: 'Fill to plan',
    confirm: 'Restock {l}', done: '{n} units put in, worth {v} yuan', low: 'Low stock', noLow: 'No low stock', threshold: 'Low-stock line',
    offline: 'Offline devices', allOnline: 'All online', never: 'never',
    plans: 'Restock plans', targets: 'Targets', noPlan: 'No restock plan', editPlan: 'Set restock plan', addLine: 'Add compartment', planSaved: 'Restock plan saved',
  },
  shifts: {
    week: 'Week', month: 'Month', today: 'Today', gap: 'Short-staffed', full: 'Staffed', gaps: '{n} of {m} shifts short-staffed',
    atRisk: '{n} shifts in the next 48 hours still need people', staffing: '{c} of {n} confirmed, {o} missing', capacity: 'People needed', saved: 'Capacity changed',
  },
  wishes: {
    none: 'No wishes to review', category: 'Category', description: 'Wish', cap: 'Value cap', approve: 'Publish', reject: 'Reject',
    approveNote: 'Note (optional, up to 200 characters)', rejectNote: 'Reason (the worker sees it; up to 200 characters)', noteNeeded: 'A reason is needed (up to 200 characters)',
    approved: 'Published on the wish board', rejected: 'Rejected', counts: 'Wishes per city',
    categories: { DAILY_NEEDS: 'Daily needs', WORK_GEAR: 'Work gear', CHILDREN: 'Children', HEALTH: 'Health', STUDY: 'Study', OTHER: 'Other' },
    status: { PENDING_REVIEW: 'To review', PUBLISHED: 'Published', CLAIMED: 'Claimed', FULFILLED: 'Fulfilled', REJECTED: 'Rejected' },
  },
  dash: { usage: 'Uses per week (12 weeks)', doorEntries: 'Door entries', pickups: 'Locker pickups', checkIns: 'Volunteer check-ins', healthChecks: 'Health checks', lowest: 'Lowest-rated stations (30 days, at least 3 ratings)' },
  feedback: { comment: { PENDING: 'Held', APPROVED: 'Approved', REJECTED: 'Rejected' }, moderated: 'Moderated by · at', noReply: 'Not answered yet' },
}

// Issue 19's console screens (station QR panel, partners desk, exports, the programme), kept apart
// under `con` so that the other desks' blocks merge beside it.
export const consoleZh = {
  menu: { partners: '合作平台', programme: '建设计划', mine: '我的驿站', open: '菜单' },
  mine: {
    title: '我负责的驿站', none: '您还没有负责的驿站，请联系市总工会指定。', shifts: '发布值班',
  },
  qr: {
    title: '评价二维码与海报', version: '当前版本', rotate: '更换二维码', pdf: '下载海报（PDF）', png: '下载海报（PNG）',
    rotateWarn: '更换后，墙上已张贴的旧海报将无法评价，需重新打印张贴。确定更换吗？', rotated: '已更换，当前为第 {v} 版，请打印新海报',
    hint: '扫码即可评价本驿站；海报丢失或被冒用时请更换二维码。',
  },
  photos: {
    title: '驿站照片', upload: '选择照片上传', camera: '拍照上传', delete: '删除', deleteWarn: '确定删除这张照片吗？',
    deleted: '照片已删除', uploaded: '照片已上传', none: '还没有照片',
    hint: 'JPEG 或 PNG，最大 8 MB；保存时去除拍摄位置等信息，长边缩至 1600 像素。', tooBig: '照片不能超过 8 MB',
  },
  partners: {
    title: '合作平台', register: '登记合作平台', clientId: 'Keycloak 客户端 ID', name: '平台名称', contactName: '联系人',
    contactEmail: '联系邮箱', cities: '可见城市', scopes: '权限范围', status: '状态', createdAt: '登记时间', actions: '操作',
    suspend: '停用', reactivate: '恢复', suspendWarn: '停用后该平台的所有令牌立即被拒绝，确定停用 {n} 吗？',
    suspended: '已停用', reactivated: '已恢复', registered: '已登记：{n}', save: '登记', cancel: '取消',
    clientHint: '须先在 Keycloak 中创建同名的客户端（client credentials），并分配 partner 角色',
    subscriptions: 'Webhook 订阅', noSubscriptions: '该平台尚未订阅事件',
    url: '接收地址', eventTypes: '事件类型', area: '范围', allCities: '全部可见城市', failingSince: '持续失败起始',
    enable: '恢复订阅', pause: '暂停订阅', enabled: '订阅已恢复', paused: '订阅已暂停',
    deliveries: '投递记录', eventType: '事件', attempts: '尝试次数', nextAttempt: '下次重试', lastAttempt: '最近尝试',
    lastResult: '最近结果', all: '全部', details: '订阅与投递',
    deliveryStatus: { PENDING: '待发送', DELIVERED: '已送达', FAILED: '已放弃' },
    scopeNames: { 'stations.read': '读取驿站', webhooks: '事件推送' },
    active: '正常', halted: '已暂停', provinceOnly: '合作平台由省总工会登记与管理。',
  },
  export: { csv: '导出 CSV', xlsx: '导出 Excel' },
  programme: {
    title: '年度建设计划', year: '年度', city: '城市', newStations: '新建', upgraded: '提升改造', smartUpgrades: '智慧化改造',
    smartShare: '智慧化占比', target: '目标', actual: '完成', completion: '完成率', setTargets: '设定目标', save: '保存目标',
    saved: '{c} {y} 年目标已保存', province: '全省', provinceOnly: '年度目标由省总工会设定，市总可查看进度。',
    history: '建设与改造记录', station: '驿站', kind: '类别', at: '记录时间', source: '来源', note: '备注',
    kinds: { NEW: '新建', UPGRADE: '提升改造', SMART_UPGRADE: '智慧化改造' },
    sources: { BUILD: '建设登记', UPGRADE_RECORDED: '后续改造' },
    recordUpgrade: '记录改造', upgradeSaved: '已记入 {y} 年计划',
    upgradeHint: '驿站建成后再改造时在此记录：计入改造当年，建设年份不变。',
    cadre: '干部志愿服务人次', cadreTarget: '年度目标（人次）', cadreDone: '已完成', cadreSave: '设定人次目标', cadreSaved: '人次目标已保存',
  },
}

export const consoleEn: typeof consoleZh = {
  menu: { partners: 'Partners', programme: 'Programme', mine: 'My stations', open: 'Menu' },
  mine: {
    title: 'The stations I manage', none: 'You manage no station yet; ask your city union to name you.', shifts: 'Publish a shift',
  },
  qr: {
    title: 'Rating QR and poster', version: 'Current version', rotate: 'Rotate QR', pdf: 'Poster (PDF)', png: 'Poster (PNG)',
    rotateWarn: 'After rotating, posters already on the wall stop working and must be reprinted. Rotate?', rotated: 'Rotated: version {v}; print the new poster',
    hint: 'Scanning rates this station; rotate the code when a poster is lost or misused.',
  },
  photos: {
    title: 'Station photos', upload: 'Choose photos', camera: 'Take a photo', delete: 'Delete', deleteWarn: 'Delete this photo?',
    deleted: 'Photo deleted', uploaded: 'Photo uploaded', none: 'No photos yet',
    hint: 'JPEG or PNG, at most 8 MB; stored without location or camera data, at most 1600 px.', tooBig: 'A photo must be at most 8 MB',
  },
  partners: {
    title: 'Partner platforms', register: 'Register a partner', clientId: 'Keycloak client id', name: 'Name', contactName: 'Contact',
    contactEmail: 'Contact e-mail', cities: 'Cities', scopes: 'Scopes', status: 'Status', createdAt: 'Registered', actions: 'Actions',
    suspend: 'Suspend', reactivate: 'Reactivate', suspendWarn: 'Every token of {n} will be refused at once. Suspend?',
    suspended: 'Suspended', reactivated: 'Reactivated', registered: 'Registered: {n}', save: 'Register', cancel: 'Cancel',
    clientHint: 'Create a Keycloak client of the same id (client credentials) with the partner role first',
    subscriptions: 'Webhook subscriptions', noSubscriptions: 'No subscriptions yet',
    url: 'URL', eventTypes: 'Event types', area: 'Area', allCities: 'All its cities', failingSince: 'Failing since',
    enable: 'Re-enable', pause: 'Pause', enabled: 'Subscription re-enabled', paused: 'Subscription paused',
    deliveries: 'Delivery log', eventType: 'Event', attempts: 'Attempts', nextAttempt: 'Next retry', lastAttempt: 'Last attempt',
    lastResult: 'Last result', all: 'All', details: 'Subscriptions and deliveries',
    deliveryStatus: { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Given up' },
    scopeNames: { 'stations.read': 'Read stations', webhooks: 'Webhooks' },
    active: 'Active', halted: 'Paused', provinceOnly: 'The provincial federation registers and manages partner platforms.',
  },
  export: { csv: 'Export CSV', xlsx: 'Export Excel' },
  programme: {
    title: 'Yearly programme', year: 'Year', city: 'City', newStations: 'New', upgraded: 'Upgraded', smartUpgrades: 'Smart upgrades',
    smartShare: 'Smart share', target: 'Target', actual: 'Done', completion: 'Completion', setTargets: 'Set targets', save: 'Save targets',
    saved: '{c} {y} targets saved', province: 'Province', provinceOnly: 'The province sets the targets; a city follows its progress.',
    history: 'Build and upgrade history', station: 'Station', kind: 'Kind', at: 'Recorded', source: 'Source', note: 'Note',
    kinds: { NEW: 'New build', UPGRADE: 'Upgrade', SMART_UPGRADE: 'Smart upgrade' },
    sources: { BUILD: 'Registered build', UPGRADE_RECORDED: 'Later upgrade' },
    recordUpgrade: 'Record an upgrade', upgradeSaved: 'Counted in {y}',
    upgradeHint: 'For a station upgraded after it was built: it counts in the upgrade year; the build year stays.',
    cadre: 'Cadre volunteer person-times', cadreTarget: 'Target for the year', cadreDone: 'Done', cadreSave: 'Set the target', cadreSaved: 'Target saved',
  },
}
