package io.yizhan.common.pg;

import java.util.UUID;

/** Values read back from native queries, whose column types Hibernate Reactive does not always map. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A uuid column as a native query returns it: a UUID from the reactive driver, or its text. */
    public static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
