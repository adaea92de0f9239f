// Messages of the locker journey (issues 19 and 21), kept apart under `lk`: the worker opening their
// compartment at the locker, and the console registering a locker and binding its device.
// Simplified Chinese first; English beside it.
export const lockersZh = {
  open: {
    action: '到柜开门取件', hint: '站在智能柜前再点：柜门将为您打开', opening: '正在开门，请稍候…', done: '取件成功',
    doneHint: '柜门已打开，请取走物品并关好柜门', failed: '柜门未能打开', failedHint: '物品已退回库存，可重新预约或呼叫管家',
    unknown: '柜子暂未回应，驿站将核对后处理',
  },
  register: {
    action: '登记智能柜', title: '登记智能柜并绑定设备', station: '驿站', stationHint: '选择本市开放中的驿站', name: '柜名',
    device: '设备 ID', deviceHint: '印在柜子控制器上的设备编号，一个设备只属于一个城市', compartments: '格口数', save: '登记',
    done: '已登记：{name}，共 {n} 个格口', refreshing: '每 10 秒自动刷新在线状态', device_column: '设备 ID',
  },
}

export const lockersEn: typeof lockersZh = {
  open: {
    action: 'Open at the locker', hint: 'Tap when you stand at the locker: its door will open for you', opening: 'Opening, one moment…',
    done: 'Picked up', doneHint: 'The door is open: take your item and close the door', failed: 'The door did not open',
    failedHint: 'The item went back to stock: reserve again or call a butler', unknown: 'The locker has not answered; the station will check',
  },
  register: {
    action: 'Register a locker', title: 'Register a locker and bind its device', station: 'Station', stationHint: 'An open station of my city',
    name: 'Name', device: 'Device ID', deviceHint: 'The id printed on the locker\'s controller; a device belongs to one city',
    compartments: 'Compartments', save: 'Register', done: 'Registered: {name}, {n} compartments',
    refreshing: 'Online status refreshes every 10 s', device_column: 'Device ID',
  },
}
