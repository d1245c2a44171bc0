package com.appconda.licensing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What must never be in an answer: a stack trace, an exception, a class or package name, the database's words. */
public final class Answers {

    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\b(?:java|javax|jakarta|jdk|sun)\\.[a-z]+\\.[A-Za-z_]"),
            Pattern.compile("\\b(?:org\\.(?:eclipse|glassfish|h2|postgresql|hibernate|jboss|apache|primefaces|flywaydb"
                    + "|parsson|yasson)|com\\.(?:appconda|sun)|fish\\.payara|io\\.undertow)\\b"),
            Pattern.compile("[A-Za-z]+(?:Exception|Error)\\b"),
            Pattern.compile("\\bat [a-z][\\w$]*(?:\\.[\\w$]+){2,}\\("),
            Pattern.compile("\\b(?:SQLState|SQL statement|SQLSTATE|JDBC|EclipseLink|Hibernate|Yasson|Parsson)\\b"),
            Pattern.compile("\\.java:\\d+"));

    private Answers() {}

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    /**
     * Each leak found in {@code answer}, as the text that matched; empty when there is none. Of an HTML page only
     * the text a reader sees counts: its markup names resources ({@code jakarta.faces.resource/...}) and its scripts
     * name the exception types they handle, which shows nothing of the server.
     */
    public static List<String> leaks(String answer) {
        String text = looksLikeHtml(answer)
                ? TAG.matcher(SCRIPT_OR_STYLE.matcher(answer).replaceAll(" ")).replaceAll(" ")
                : answer;
        List<String> found = new ArrayList<>();
        for (Pattern leak : LEAKS) {
            Matcher matcher = leak.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    private static boolean looksLikeHtml(String answer) {
        String start = answer.stripLeading();
        return start.regionMatches(true, 0, "<!DOCTYPE html", 0, 14) || start.regionMatches(true, 0, "<html", 0, 5);
    }
}
