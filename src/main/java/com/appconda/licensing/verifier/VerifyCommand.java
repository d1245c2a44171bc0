package com.appconda.licensing.verifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code java -jar applicensing-verifier.jar KEY_ID=BASE64_PUBLIC_KEY [...] LICENSE_FILE}: verifies an
 * offline license file and prints its licensee, expiry and each module's validity now, with its end. Exit 0 when valid,
 * 1 when the file must not be trusted, 2 on wrong usage.
 */
public final class VerifyCommand {

    private VerifyCommand() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java -jar applicensing-verifier.jar KEY_ID=BASE64_PUBLIC_KEY... LICENSE_FILE");
            System.exit(2);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            // The key id never holds '=', the base64 key may end in it: split at the first one.
            String[] pair = args[i].split("=", 2);
            keys.put(pair[0], pair.length == 2 ? pair[1] : "");
        }
        try {
            OfflineLicense license = new LicenseVerifier(keys)
                    .verifyOfflineLicense(Files.readString(Path.of(args[args.length - 1])), Instant.now());
            long validNow = license.modules().stream()
                    .filter(m -> license.isValid(String.valueOf(m.get("productModuleNumber"))))
                    .count();
            System.out.println("VERIFIED license file for licensee " + license.licenseeNumber() + " of product "
                    + license.productNumber() + ", expires " + license.expiresAt() + "; modules valid now: "
                    + validNow + " of " + license.modules().size());
            for (Map<String, Object> module : license.modules()) {
                System.out.println("  " + moduleLine(license, String.valueOf(module.get("productModuleNumber"))) + " ("
                        + module.get("licensingModel") + ")");
            }
        } catch (LicenseVerificationException e) {
            System.out.println("REFUSED: " + e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println("cannot use the trusted keys: " + e.getMessage());
            System.exit(2);
        }
    }

    /** "M1: valid=true until 2026-12-02T02:08:06Z", or "valid=false, ended at ..." once its end has passed. */
    private static String moduleLine(OfflineLicense license, String number) {
        if (license.isValid(number)) {
            return number + ": valid=true until " + license.validUntil(number).orElseThrow();
        }
        return number + ": valid=false"
                + license.validUntil(number).map(end -> ", ended at " + end).orElse("");
    }
}
