// Messages of the worker and volunteer pages added for issue 10 (along my route, shifts, wishes,
// golden ideas), under `wk`, kept apart from i18n.ts so the admin screens' messages merge cleanly.
const zh = {
  nav: { nearby: '附近', route: '沿途', wishes: '心愿', ideas: '金点子', shifts: '值班', reservations: '预约' },
  filters: { amenities: '设施', more: '设施筛选', clear: '清除筛选' },
  route: {
    title: '沿途驿站', start: '起点', end: '终点', tapStart: '在地图上点选起点', tapEnd: '再点选终点', tapRestart: '再次点选将重新选择起点',
    fromHere: '从我的位置出发', swap: '交换起终点', clear: '重新选择', corridor: '沿途范围', found: '沿途找到 {n} 个驿站',
    none: '沿途暂无符合条件的驿站', along: '沿途 {d}', off: '偏离 {d}', straight: '按起终点之间的直线查找，不是导航路线',
    noPosition: '未获得定位，请在地图上点选起点', markerStart: '起', markerEnd: '终', asStart: '设为起点', asEnd: '设为终点',
  },
  shifts: {
    title: '志愿值班', mine: '我的班次', open: '可报名班次', signUp: '报名', cancel: '取消报名', signedUp: '已报名',
    waitlist: '候补第 {n} 位', places: '剩余 {n} / {c} 个名额', full: '已满，报名将进入候补', none: '近 30 天暂无可报名班次',
    noneMine: '暂无报名的班次', checkIn: '签到', checkOut: '签退', checkedIn: '{t} 已签到', checkedOut: '{t} 已签退', late: '迟到',
    later: '开始前 30 分钟开放签到', token: '粘贴扫描驿站墙上二维码得到的链接或令牌', byToken: '扫码签到', byLocation: '用定位签到',
    byTokenOut: '扫码签退', byLocationOut: '用定位签退', badToken: '这不是驿站二维码的链接或令牌',
    profile: '报名前请先填写志愿者资料', displayName: '值班表上显示的称呼', kind: '身份', save: '保存资料', saved: '资料已保存',
    kinds: { UNION_CADRE: '工会干部', VOLUNTEER: '志愿者', WORKER_REPRESENTATIVE: '劳动者代表', SOCIAL_WORKER: '社工' },
    status: { CONFIRMED: '已确认', WAITLISTED: '候补', CANCELLED: '已取消', NO_SHOW: '未到岗' },
    kindsOfShift: { STATION_MASTER: '一日站长', BUTLER_DUTY: '驿站管家值班', SERVICE_ACTIVITY: '服务活动' },
    roleNeeded: '限{k}', done: '本班次已完成',
  },
  wishes: {
    title: '微心愿', post: '发布心愿', category: '类别', description: '心愿内容', descHint: '写下想要的物品或帮助（200 字以内），请勿填写电话、微信等联系方式',
    value: '价值上限（元，不超过 200）', station: '在哪个驿站交接', stationHint: '附近的驿站', posted: '心愿已提交，审核通过后发布到心愿墙',
    mine: '我的心愿', none: '还没有发布过心愿', fulfil: '确认心愿已实现', reviewNote: '审核意见：{n}', claimBy: '认领有效至 {t}',
    categories: { DAILY_NEEDS: '生活用品', WORK_GEAR: '工作装备', CHILDREN: '子女关爱', HEALTH: '健康', STUDY: '学习', OTHER: '其他' },
    status: { PENDING_REVIEW: '待审核', PUBLISHED: '已发布', REJECTED: '未通过', CLAIMED: '已被认领', FULFILLED: '已实现' },
    needStation: '请选择交接驿站', needText: '请写下心愿内容',
  },
  ideas: {
    title: '金点子', heading: '提个金点子', titleField: '标题（100 字以内）', body: '您的建议（2000 字以内）', send: '提交金点子',
    sent: '已提交，城市工会将答复您', mine: '我的金点子', none: '还没有提交过金点子', login: '登录后提交金点子', forStation: '关于：{s}',
    needText: '请填写标题和建议',
  },
  poster: {
    title: '驿站扫码', subtitle: '扫码评价 · 金点子 · 志愿者签到', loading: '正在打开驿站…', rate: '评价本驿站', score: '总体评分',
    dimensions: '分项评分（可选）', environment: '环境', facilities: '设施', service: '服务', openingAsPosted: '按公示时间开放',
    tags: '标签（可选）', comment: '留言（可选，500 字以内）', send: '提交评价', sending: '正在提交…', thanks: '感谢您的评价！',
    needScore: '请先打总体评分', ideas: '提个金点子', duty: '志愿者签到 / 签退',
    dutyLogin: '志愿者请登录后签到或签退', login: '登录', signUp: '注册 / Sign up', signUpHint: '还没有账号？用手机号注册',
    broken: '无法打开这张二维码', brokenHint: '请扫描驿站现在张贴的二维码，或联系驿站工作人员。', retry: '重试',
  },
}

const en: typeof zh = {
  nav: { nearby: 'Nearby', route: 'Route', wishes: 'Wishes', ideas: 'Ideas', shifts: 'Shifts', reservations: 'Reserved' },
  filters: { amenities: 'Amenities', more: 'Amenity filter', clear: 'Clear filters' },
  route: {
    title: 'Stations along my route', start: 'Start', end: 'End', tapStart: 'Tap the map to pick the start', tapEnd: 'Now tap the end', tapRestart: 'Tap again to pick a new start',
    fromHere: 'Start from my position', swap: 'Swap', clear: 'Start over', corridor: 'Within', found: '{n} stations along the route',
    none: 'No station along this route matches', along: '{d} along', off: '{d} off route', straight: 'Searched along the straight line from start to end, not a road route',
    noPosition: 'No position: tap the start on the map', markerStart: 'S', markerEnd: 'E', asStart: 'Set as start', asEnd: 'Set as end',
  },
  shifts: {
    title: 'Volunteer shifts', mine: 'My shifts', open: 'Open shifts', signUp: 'Sign up', cancel: 'Cancel sign-up', signedUp: 'Signed up',
    waitlist: 'Waitlist no. {n}', places: '{n} of {c} places left', full: 'Full: you would join the waitlist', none: 'No open shifts in the next 30 days',
    noneMine: 'No shifts signed up', checkIn: 'Check in', checkOut: 'Check out', checkedIn: 'Checked in {t}', checkedOut: 'Checked out {t}', late: 'late',
    later: 'Check-in opens 30 minutes before the start', token: 'Paste the link or token from the station\'s wall QR code', byToken: 'Check in with QR', byLocation: 'Check in by location',
    byTokenOut: 'Check out with QR', byLocationOut: 'Check out by location', badToken: 'That is not a station QR link or token',
    profile: 'Fill in your volunteer profile before signing up', displayName: 'Name shown on the roster', kind: 'I am a', save: 'Save profile', saved: 'Profile saved',
    kinds: { UNION_CADRE: 'Union cadre', VOLUNTEER: 'Volunteer', WORKER_REPRESENTATIVE: 'Worker representative', SOCIAL_WORKER: 'Social worker' },
    status: { CONFIRMED: 'Confirmed', WAITLISTED: 'Waitlisted', CANCELLED: 'Cancelled', NO_SHOW: 'No-show' },
    kindsOfShift: { STATION_MASTER: 'Station master for a day', BUTLER_DUTY: 'Butler duty', SERVICE_ACTIVITY: 'Service activity' },
    roleNeeded: 'For {k}', done: 'Shift completed',
  },
  wishes: {
    title: 'Micro-wishes', post: 'Post a wish', category: 'Category', description: 'Your wish', descHint: 'What you would like (up to 200 characters); no phone number or WeChat id',
    value: 'Value cap (yuan, at most 200)', station: 'Station to hand over at', stationHint: 'Stations near you', posted: 'Sent: it goes on the wish board once reviewed',
    mine: 'My wishes', none: 'No wishes yet', fulfil: 'Confirm it came true', reviewNote: 'Reviewer: {n}', claimBy: 'Claim valid until {t}',
    categories: { DAILY_NEEDS: 'Daily needs', WORK_GEAR: 'Work gear', CHILDREN: 'Children', HEALTH: 'Health', STUDY: 'Study', OTHER: 'Other' },
    status: { PENDING_REVIEW: 'In review', PUBLISHED: 'On the board', REJECTED: 'Not accepted', CLAIMED: 'Claimed', FULFILLED: 'Came true' },
    needStation: 'Pick a station', needText: 'Write your wish',
  },
  ideas: {
    title: 'Golden ideas', heading: 'Suggest a golden idea', titleField: 'Title (up to 100 characters)', body: 'Your idea (up to 2000 characters)', send: 'Send idea',
    sent: 'Sent: the city union will answer', mine: 'My ideas', none: 'No ideas yet', login: 'Log in to send an idea', forStation: 'About: {s}',
    needText: 'Give a title and your idea',
  },
  poster: {
    title: 'Station QR', subtitle: 'Rate · Golden ideas · Volunteer check-in', loading: 'Opening the station…', rate: 'Rate this station', score: 'Overall score',
    dimensions: 'By aspect (optional)', environment: 'Environment', facilities: 'Facilities', service: 'Service', openingAsPosted: 'Open as posted',
    tags: 'Tags (optional)', comment: 'Comment (optional, up to 500 characters)', send: 'Send rating', sending: 'Sending…', thanks: 'Thank you for your rating!',
    needScore: 'Give an overall score first', ideas: 'Suggest a golden idea', duty: 'Volunteer check-in / check-out',
    dutyLogin: 'Volunteers: log in to check in or out', login: 'Log in', signUp: '注册 / Sign up', signUpHint: 'No account yet? Sign up with your mobile number',
    broken: 'This QR code cannot be opened', brokenHint: 'Scan the code now posted at the station, or ask the station staff.', retry: 'Try again',
  },
}

export const workerMessages = { zh: { wk: zh }, en: { wk: en } }
