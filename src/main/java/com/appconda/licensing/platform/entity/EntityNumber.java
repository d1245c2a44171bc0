package com.appconda.licensing.platform.entity;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Business numbers: what vendors and their software use to address an entity. A vendor may choose
 * one (letters, digits, '-' and '_', at most 64 characters, as NetLicensing allows) or let the server
 * generate one: a type prefix and ten random characters of an alphabet without look-alikes
 * (no 0/O, 1/I/L), so a number read over the phone is not mistyped.
 */
public final class EntityNumber {

    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int RANDOM_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityNumber() {}

    public static boolean isValid(String number) {
        return number != null && VALID.matcher(number).matches();
    }

    /** Returns the number if it is valid, else refuses it with the reason. */
    public static String require(String number) {
        return require("number", number);
    }

    /** Like {@link #require(String)}, naming the field the number came in (a path parameter, a reference). */
    public static String require(String field, String number) {
        if (!isValid(number)) {
            throw new InvalidInputException(field, "must be 1 to " + MAX_LENGTH + " letters, digits, '-' or '_'");
        }
        return number;
    }

    /** A fresh number such as {@code P7K2M9XQ4TR}; the prefix tells the entity type apart. */
    public static String generate(char prefix) {
        StringBuilder number = new StringBuilder(RANDOM_LENGTH + 1).append(prefix);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }
}
