// Messages of third-party inspection (issue 19, ADR 0015): the admins' assignment screen and the
// inspector's own tasks, kept apart under `insp`. Simplified Chinese first; English beside it.
export const inspectZh = {
  menu: { assign: '第三方检查分派', mine: '我的检查任务' },
  bodies: '检查机构', body: '检查机构', code: '机构代码', name: '机构名称', register: '登记机构', registered: '已登记 {name}',
  stations: '驿站', pickStations: '选择驿站（可多选）', from: '开始日期', due: '截止日期', assign: '分派', assigned: '已分派 {n} 个驿站',
  assignments: '分派记录', city: '城市', address: '地址', state: '状态', open: '待检查', overdue: '已逾期', done: '已检查',
  inspect: '录入检查', sheet: '第三方检查表', inspector: '检查人', total: '合计', submit: '提交检查', saved: '检查已提交',
  savedCard: '检查已提交：基础项未达标，已发黄牌', none: '暂无分派给本机构的驿站', mineTitle: '我的检查任务 My inspections',
  records: '本机构的检查记录', at: '检查时间', noBody: '您的账号未关联检查机构，请联系省总工会',
}

export const inspectEn: typeof inspectZh = {
  menu: { assign: 'Third-party assignments', mine: 'My inspections' },
  bodies: 'Inspection bodies', body: 'Inspection body', code: 'Code', name: 'Name', register: 'Register body', registered: '{name} registered',
  stations: 'Stations', pickStations: 'Pick stations (several)', from: 'From', due: 'Due', assign: 'Assign', assigned: '{n} stations assigned',
  assignments: 'Assignments', city: 'City', address: 'Address', state: 'State', open: 'To inspect', overdue: 'Overdue', done: 'Inspected',
  inspect: 'Inspect', sheet: 'Third-party sheet', inspector: 'Inspector', total: 'Total', submit: 'Submit', saved: 'Inspection submitted',
  savedCard: 'Submitted: a base item is not met, a yellow card was issued', none: 'No stations assigned to your body', mineTitle: 'My inspections 我的检查任务',
  records: "Your body's inspections", at: 'Inspected at', noBody: 'Your account names no inspection body; ask the province union',
}
