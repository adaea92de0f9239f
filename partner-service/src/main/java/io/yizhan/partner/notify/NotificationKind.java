package io.yizhan.partner.notify;

/**
 * What a notification is about. The kind is what a person turns channels on and off for; {@code sms}
 * says whether a text message is offered at all (few: a phone is for what must not be missed).
 */
public enum NotificationKind {
    SHIFT_REMINDER("值班提醒 / Duty reminder", true),
    HELP_ESCALATED("求助升级 / Help request escalated", true),
    WISH_CLAIMED("微心愿已认领 / Wish claimed", false),
    WISH_FULFILLED("微心愿已实现 / Wish fulfilled", false),
    SATISFACTION_LOW("满意度偏低 / Low satisfaction", false),
    CARD_ISSUED("黄牌红牌 / Yellow or red card", false),
    LOCKER_OFFLINE("智能柜离线 / Locker offline", false),
    STOCK_LOW("物资库存不足 / Supplies running low", false),
    RIGHTS_CASE_ANSWERED("维权案件有答复 / Rights case answered", true),
    RESERVATION_EXPIRING("预约即将过期 / Reservation about to expire", false),
    DAILY_DIGEST("每日摘要 / Daily digest", false);

    private final String label;
    private final boolean sms;

    NotificationKind(String label, boolean sms) {
        this.label = label;
        this.sms = sms;
    }

    public String label() {
        return label;
    }

    public boolean smsOffered() {
        return sms;
    }

    /** The kind named {@code code}, or null. */
    public static NotificationKind of(String code) {
        for (NotificationKind kind : values()) {
            if (kind.name().equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
