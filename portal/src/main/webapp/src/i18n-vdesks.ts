// Messages of the volunteer-service desks of issue 19 that keep people and things at the stations
// (butler teams, membership, health-check devices, the donation corner), under `vd`.
// Simplified Chinese first; English beside it.
export const vdesksZh = {
  menu: { teams: '管家团队', membership: '入会审批', health: '健康小屋设备', donations: '爱心捐赠角' },
  common: { station: '驿站', pickStation: '请选择驿站', save: '保存', cancel: '取消', saved: '已保存', all: '全部驿站' },
  teams: {
    create: '组建团队', edit: '编辑', retire: '解散', name: '团队名称', lead: '队长', members: '成员', personTimes: '本年服务人次',
    hours: '服务时长（小时）', status: '状态', active: '在岗', retired: '已解散', showRetired: '显示已解散的团队', none: '暂无管家团队',
    retireConfirm: '解散“{name}”？解散后不能再修改，本年服务人次仍计入统计。', retiredMsg: '已解散', noLead: '未指定',
    kinds: { UNION_CADRE: '工会干部', VOLUNTEER: '志愿者', WORKER_REPRESENTATIVE: '劳动者代表', SOCIAL_WORKER: '社工' },
  },
  membership: {
    statuses: { PENDING: '待审批', APPROVED: '会员', DECLINED: '未通过' }, name: '姓名', phone: '手机号', platform: '所在平台',
    applied: '申请时间', decided: '审批时间', note: '说明', approve: '批准入会', decline: '不予通过', reason: '不予通过的理由（申请人可见）',
    reasonRequired: '请填写理由', approved: '已批准入会', declined: '已告知申请人', none: '暂无申请', newMembers: '近 30 天新会员',
    perStation: '各驿站新会员', members: '{n} 人',
    gifts: '新会员礼包', giftMembers: '在册会员（可领礼包）{n} 人', giftIssued: '已发放 {n} 份', giftWaiting: '待领取 {n} 份',
    giftExpired: '逾期未领 {n} 份', giftNone: '本市物资目录中尚无“每人限领一次”的礼包',
  },
  health: {
    bind: '绑定设备', clientId: '设备客户端 ID', clientHint: '设备在 Keycloak 中的客户端 ID（字母、数字、. _ -）', registered: '登记时间',
    sessions: '近 30 天检测次数', move: '改绑驿站', bound: '已绑定到 {station}', none: '暂无登记的设备',
    privacy: '平台只记录检测次数与类别，不接收任何检测数值。',
  },
  donations: {
    record: '登记捐赠', item: '物品', donor: '捐赠单位', quantity: '数量', taken: '已领取', remaining: '剩余', at: '登记时间',
    take: '登记领取', takeQty: '领取数量', recorded: '已登记捐赠', takenMsg: '已登记领取', none: '该驿站暂无捐赠物品', anonymous: '爱心人士',
  },
}

export const vdesksEn: typeof vdesksZh = {
  menu: { teams: 'Butler teams', membership: 'Membership', health: 'Health devices', donations: 'Donation corner' },
  common: { station: 'Station', pickStation: 'Pick a station', save: 'Save', cancel: 'Cancel', saved: 'Saved', all: 'All stations' },
  teams: {
    create: 'Form a team', edit: 'Edit', retire: 'Retire', name: 'Team name', lead: 'Lead', members: 'Members', personTimes: 'Person-times this year',
    hours: 'Hours', status: 'State', active: 'Active', retired: 'Retired', showRetired: 'Show retired teams', none: 'No butler teams',
    retireConfirm: 'Retire "{name}"? It can no longer be changed; its person-times of the year stay counted.', retiredMsg: 'Retired', noLead: 'none',
    kinds: { UNION_CADRE: 'Union cadre', VOLUNTEER: 'Volunteer', WORKER_REPRESENTATIVE: 'Worker representative', SOCIAL_WORKER: 'Social worker' },
  },
  membership: {
    statuses: { PENDING: 'To decide', APPROVED: 'Members', DECLINED: 'Declined' }, name: 'Name', phone: 'Mobile', platform: 'Platform',
    applied: 'Applied', decided: 'Decided', note: 'Note', approve: 'Approve', decline: 'Decline', reason: 'Reason (the applicant reads it)',
    reasonRequired: 'Please give the reason', approved: 'Approved', declined: 'The applicant has been told', none: 'No applications', newMembers: 'New members, last 30 days',
    perStation: 'New members per station', members: '{n}',
    gifts: 'New-member gift packs', giftMembers: 'Members on record (may take a pack): {n}', giftIssued: '{n} issued', giftWaiting: '{n} waiting in a locker',
    giftExpired: '{n} expired uncollected', giftNone: 'The catalogue has no once-per-worker gift pack yet',
  },
  health: {
    bind: 'Bind a device', clientId: 'Device client id', clientHint: 'The device\'s Keycloak client id (letters, digits, . _ -)', registered: 'Registered',
    sessions: 'Sessions, last 30 days', move: 'Move', bound: 'Bound to {station}', none: 'No devices registered',
    privacy: 'The platform records only that a check happened and its kind, never a measured value.',
  },
  donations: {
    record: 'Record a donation', item: 'Item', donor: 'Donor', quantity: 'Quantity', taken: 'Taken', remaining: 'Left', at: 'Recorded',
    take: 'Record taken', takeQty: 'Quantity taken', recorded: 'Donation recorded', takenMsg: 'Recorded as taken', none: 'Nothing in this station\'s corner', anonymous: 'anonymous',
  },
}
