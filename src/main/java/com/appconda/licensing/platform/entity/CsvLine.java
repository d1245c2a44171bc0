package com.appconda.licensing.platform.entity;

import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * One line of CSV as RFC 4180 writes it: fields separated by commas, a field with a comma, quote or line break
 * quoted (its quotes doubled), CRLF at the end. Text that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return, as a buyer's name may) gets a leading apostrophe, so an exported list
 * never runs what a customer typed; numbers are written plain ({@code -8.17}, never {@code 1E+1}).
 */
public final class CsvLine {

    private CsvLine() {}

    public static String of(Object... fields) {
        StringJoiner line = new StringJoiner(",", "", "\r\n");
        for (Object field : fields) {
            line.add(field(field));
        }
        return line.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return Amounts.plain(amount).toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
