package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.UsagePeriod;
import java.util.List;

/** The usage report as CSV (RFC 4180): a header line, then one line per period; numbers only, nothing to quote. */
public final class UsageCsv {

    static final String HEADER =
            "from,to,validations,validAnswers,invalidAnswers,licensees,consumed,peakInUse,refusedCheckouts,newLicensees,"
                    + "newLicenses,unitsLeft,quota\r\n";

    private UsageCsv() {}

    private static String orEmpty(Long value) {
        return value == null ? "" : value.toString();
    }

    public static String of(List<UsagePeriod> periods) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (UsagePeriod p : periods) {
            csv.append(p.from()).append(',').append(p.to()).append(',');
            csv.append(p.validations()).append(',').append(p.validAnswers()).append(',');
            csv.append(p.invalidAnswers()).append(',').append(p.licensees()).append(',');
            csv.append(p.consumed()).append(',').append(p.peakInUse() == null ? "" : p.peakInUse());
            csv.append(',')
                    .append(p.refusedCheckouts())
                    .append(',')
                    .append(p.newLicensees())
                    .append(',');
            csv.append(p.newLicenses())
                    .append(',')
                    .append(orEmpty(p.unitsLeft()))
                    .append(',');
            csv.append(orEmpty(p.quota())).append("\r\n");
        }
        return csv.toString();
    }
}
