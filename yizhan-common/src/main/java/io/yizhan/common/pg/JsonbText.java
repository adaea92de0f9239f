package io.yizhan.common.pg;

/**
 * PostgreSQL writes a jsonb value as text with a space after every ':' and ','. The outbox sends its
 * envelopes as that text (reading the column as jsonb made the SQL client parse each one into a map
 * and Hibernate write it back); this takes the spaces out again, so records stay as compact as the
 * envelopes the services wrote, in one pass instead of a parse and a write.
 */
public final class JsonbText {

    private JsonbText() {
    }

    /** The JSON text without whitespace outside its strings; the strings are left exactly as they are. */
    public static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
