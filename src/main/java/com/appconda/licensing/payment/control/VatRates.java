package com.appconda.licensing.payment.control;

import com.appconda.licensing.payment.entity.Country;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The countries a buyer may be in and their standard VAT rates, read from {@code vat-rates.csv} (data, not code:
 * edit the file when a rate changes). The file has the header {@code code,name,vat_percent,eu}; lines starting with
 * {@code #} and blank lines are skipped. A line that is not a country fails loudly, naming its line number, so that
 * a wrong rate is never quoted silently.
 */
public final class VatRates {

    static final String RESOURCE = "/com/appconda/licensing/payment/vat-rates.csv";
    private static final String HEADER = "code,name,vat_percent,eu";
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, Country> countries;

    /** Reads the rates from the lines of a file in the format of {@code vat-rates.csv}. */
    public VatRates(List<String> lines) {
        this.countries = parse(lines);
    }

    /** Reads the rates from a file in the format of {@code vat-rates.csv}. */
    public VatRates(Reader reader) {
        this(new BufferedReader(reader).lines().toList());
    }

    /** The rates of {@code vat-rates.csv} on the classpath, read once. */
    public static VatRates fromClasspath() {
        return Loaded.RATES;
    }

    /** The country of an ISO 3166-1 alpha-2 code, in any case and with surrounding blanks. */
    public Optional<Country> country(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(countries.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** All countries, sorted by name. */
    public List<Country> all() {
        return countries.values().stream()
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }

    private static Map<String, Country> parse(List<String> lines) {
        Map<String, Country> countries = new LinkedHashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                require(line.equals(HEADER), i, "expected the header " + HEADER + " but found: " + line);
                headerSeen = true;
                continue;
            }
            Country country = country(line, i);
            require(countries.put(country.code(), country) == null, i, "country " + country.code() + " twice");
        }
        if (!headerSeen) {
            throw new IllegalStateException("vat rates: no header " + HEADER);
        }
        return Map.copyOf(countries);
    }

    private static Country country(String line, int index) {
        String[] fields = line.split(",", -1);
        require(fields.length == 4, index, "expected 4 fields (" + HEADER + ") but found: " + line);
        String code = fields[0].strip();
        require(CODE.matcher(code).matches(), index, "code must be 2 upper-case letters: " + code);
        String name = fields[1].strip();
        require(!name.isEmpty(), index, "name is empty");
        BigDecimal percent = percent(fields[2].strip(), index);
        String eu = fields[3].strip();
        require(eu.equals("true") || eu.equals("false"), index, "eu must be true or false: " + eu);
        return new Country(code, name, percent, Boolean.parseBoolean(eu));
    }

    private static BigDecimal percent(String text, int index) {
        try {
            BigDecimal percent = new BigDecimal(text);
            require(
                    percent.signum() >= 0 && percent.compareTo(HUNDRED) < 0,
                    index,
                    "vat_percent out of range: " + text);
            return percent;
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException("vat rates line " + (index + 1) + ": vat_percent is not a number: " + text);
        }
    }

    private static void require(boolean condition, int index, String problem) {
        if (!condition) {
            throw new IllegalStateException("vat rates line " + (index + 1) + ": " + problem);
        }
    }

    private static final class Loaded {
        static final VatRates RATES = read();

        private static VatRates read() {
            InputStream in = VatRates.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing on the classpath: " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new VatRates(reader);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }
}
