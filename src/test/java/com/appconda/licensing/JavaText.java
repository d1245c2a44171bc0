package com.appconda.licensing;

/** Java source with its comments and string, character and text-block literals blanked, newlines kept. */
final class JavaText {

    private JavaText() {}

    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                newlines(out, source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                newlines(out, source, i, end);
                i = end;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < n && source.charAt(j) != quote && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(quote).append(quote);
                i = j < n && source.charAt(j) == quote ? j + 1 : j;
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }

    private static void newlines(StringBuilder out, String source, int from, int to) {
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                out.append('\n');
            }
        }
    }
}
