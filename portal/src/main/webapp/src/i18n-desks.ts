// Messages of the volunteer-service desks of issue 19 (duty shifts desk, help desk, rights desk with
// its workday calendar), kept apart under `desk`. Simplified Chinese first; English beside it.
export const desksZh = {
  menu: { help: '管家求助台', rights: '维权窗口' },
  shifts: {
    publish: '发布班次', station: '驿站', date: '日期', start: '开始', end: '结束', kind: '类型', capacity: '所需人数', title: '标题（可选）',
    weekly: '每周重复', weekdays: '星期', until: '截止日期', night: '跨夜班：次日 {end} 结束（仅 24 小时驿站）', published: '已发布 {n} 个班次',
    kinds: { STATION_MASTER: '站长值班', BUTLER_DUTY: '管家值班', SERVICE_ACTIVITY: '服务活动' },
    roster: '报名名单', log: '服务记录', volunteer: '志愿者', status: '状态', waitlist: '候补顺位', checkedIn: '签到', late: '迟到',
    served: '服务人数', noSignups: '暂无报名', noLog: '暂无服务记录', pickStation: '请选择驿站', cancel: '取消',
  },
  help: {
    station: '驿站', escalated: '上报到市总的求助', byStation: '按驿站查看', all: '全部状态', category: '类别', note: '说明',
    status: '状态', level: '升级', requested: '求助时间', accept: '接单', resolve: '标为已解决', accepted: '已接单', resolved: '已标记解决',
    none: '暂无求助', levels: { 0: '—', 1: '已提醒站长', 2: '已上报市总' },
    statuses: { OPEN: '待接单', ACCEPTED: '已接单', RESOLVED: '已解决', CANCELLED: '已取消' },
  },
  rights: {
    cases: '维权案件', overdue: '逾期未答复', calendar: '工作日历', number: '案件编号', category: '类别', status: '状态', filed: '提交时间',
    due: '首次答复期限', phone: '联系电话', description: '诉求', thread: '往来回复', reply: '回复', replyText: '回复内容（将告知劳动者）',
    send: '发送回复', close: '办结', closeNote: '办结说明（可选）', closed: '已办结', sent: '已回复', hoursOverdue: '逾期（小时）',
    none: '暂无案件', noneOverdue: '没有逾期案件', worker: '劳动者', desk: '维权窗口', year: '年份', day: '日期', working: '上班',
    holiday: '放假', name: '名称', load: '载入整年（JSON）', loadHint: '粘贴国务院通知的日期：[{"date":"2027-01-01","working":false,"name":"元旦"}, …]',
    loaded: '已载入 {n} 天', noCalendar: '本年未载入日历：仅周末休息', all: '全部状态',
    statuses: { SUBMITTED: '待答复', IN_PROGRESS: '办理中', CLOSED: '已办结' },
  },
}

export const desksEn: typeof desksZh = {
  menu: { help: 'Help desk', rights: 'Rights desk' },
  shifts: {
    publish: 'Publish shift', station: 'Station', date: 'Date', start: 'Start', end: 'End', kind: 'Kind', capacity: 'People needed', title: 'Title (optional)',
    weekly: 'Repeat weekly', weekdays: 'Weekdays', until: 'Until', night: 'Night shift: ends {end} the next day (24-hour stations only)', published: '{n} shifts published',
    kinds: { STATION_MASTER: 'Station master', BUTLER_DUTY: 'Butler duty', SERVICE_ACTIVITY: 'Service activity' },
    roster: 'Sign-ups', log: 'Service log', volunteer: 'Volunteer', status: 'Status', waitlist: 'Waitlist', checkedIn: 'Checked in', late: 'late',
    served: 'Workers served', noSignups: 'No sign-ups yet', noLog: 'No service log yet', pickStation: 'Pick a station', cancel: 'Cancel',
  },
  help: {
    station: 'Station', escalated: 'Escalated to the city union', byStation: 'By station', all: 'All states', category: 'Category', note: 'Note',
    status: 'State', level: 'Escalation', requested: 'Asked at', accept: 'Accept', resolve: 'Mark resolved', accepted: 'Accepted', resolved: 'Marked resolved',
    none: 'No help requests', levels: { 0: '—', 1: 'manager alerted', 2: 'city union' },
    statuses: { OPEN: 'Open', ACCEPTED: 'Accepted', RESOLVED: 'Resolved', CANCELLED: 'Withdrawn' },
  },
  rights: {
    cases: 'Rights cases', overdue: 'Overdue', calendar: 'Workday calendar', number: 'Case no.', category: 'Category', status: 'State', filed: 'Filed',
    due: 'First reply due', phone: 'Phone', description: 'Matter', thread: 'Thread', reply: 'Reply', replyText: 'Reply (the worker reads it)',
    send: 'Send reply', close: 'Close case', closeNote: 'Closing note (optional)', closed: 'Closed', sent: 'Reply sent', hoursOverdue: 'Hours overdue',
    none: 'No cases', noneOverdue: 'No overdue cases', worker: 'Worker', desk: 'Rights desk', year: 'Year', day: 'Date', working: 'Worked',
    holiday: 'Holiday', name: 'Name', load: 'Load the year (JSON)', loadHint: 'Paste the State Council notice\'s days: [{"date":"2027-01-01","working":false,"name":"元旦"}, …]',
    loaded: '{n} days loaded', noCalendar: 'No calendar loaded for this year: only weekends rest', all: 'All states',
    statuses: { SUBMITTED: 'Awaiting reply', IN_PROGRESS: 'In progress', CLOSED: 'Closed' },
  },
}
