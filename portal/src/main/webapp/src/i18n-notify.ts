// Messages of the notifications bell and list 通知, under `ntf`. Simplified Chinese first; English beside it.
export const notifyZh = {
  bell: '通知', title: '我的通知', live: '实时', polling: '定时刷新', unreadOnly: '只看未读', readAll: '全部已读',
  markRead: '标为已读', empty: '暂无通知', urgent: '紧急',
}

export const notifyEn: typeof notifyZh = {
  bell: 'Notifications', title: 'My notifications', live: 'Live', polling: 'Refreshing', unreadOnly: 'Unread only',
  readAll: 'Mark all read', markRead: 'Mark read', empty: 'No notifications', urgent: 'Urgent',
}
