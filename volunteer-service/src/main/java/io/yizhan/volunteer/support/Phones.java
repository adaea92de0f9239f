package io.yizhan.volunteer.support;

/** Mobile numbers as anyone but the desk that needs them sees them. */
public final class Phones {

    private Phones() {
    }

    /** 13812345678 → 138****5678. */
    public static String masked(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
