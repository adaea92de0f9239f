package io.yizhan.station.evaluation;

/** The rules that issue cards; every card names the one that fired. */
public enum EvaluationRule {
    LOW_USAGE(CardColour.YELLOW, "使用人次过低", "Rarely used"),
    LOW_SATISFACTION(CardColour.YELLOW, "满意度过低", "Workers dissatisfied"),
    MISSED_OPENINGS(CardColour.YELLOW, "未按公示时间开放", "Not open as posted"),
    OVERDUE_COMPLAINTS(CardColour.YELLOW, "投诉逾期未处理", "Complaints left unanswered"),
    INSPECTION_BASE_NOT_MET(CardColour.YELLOW, "检查基础项未达标", "Inspection base items not met"),
    YELLOW_NOT_RECTIFIED(CardColour.RED, "黄牌逾期未整改", "Yellow card not rectified in time"),
    REPEATED_YELLOW(CardColour.RED, "期内再次黄牌", "A second yellow card within the period");

    public final CardColour colour;
    public final String labelZh;
    public final String labelEn;

    EvaluationRule(CardColour colour, String labelZh, String labelEn) {
        this.colour = colour;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public enum CardColour { YELLOW, RED }
}
