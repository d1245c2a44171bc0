package com.appconda.licensing.it.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips, with the reason, integration tests that a defect of the application makes fail on one runtime, until the
 * application is fixed: a run that is green everywhere else stays green, and each skip names its defect in the test
 * report. The list comes from the system property {@code applicensing.its.known-defects}: groups separated by
 * {@code ;}, each a defect's name, a colon and the tests it breaks, separated by white space:
 * {@code SimpleClassName} (the whole class), {@code SimpleClassName#method} or {@code SimpleClassName#method[n]}
 * (the n-th invocation of a parameterized test, counted from 1 as in the report). Only the profile {@code wildfly}
 * sets it, together with JUnit's extension auto-detection that loads this condition; the defects themselves are
 * described there, in pom.xml.
 */
public class KnownDefects implements ExecutionCondition {

    static final String PROPERTY = "applicensing.its.known-defects";

    private static final String INVOCATION = "[test-template-invocation:#";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Map<String, String> defects = parse(System.getProperty(PROPERTY, ""));
        Optional<Class<?>> type = context.getTestClass();
        if (defects.isEmpty() || type.isEmpty()) {
            return ConditionEvaluationResult.enabled("no known defects listed");
        }
        String test = type.get().getSimpleName();
        if (context.getTestMethod().isPresent()) {
            test += "#" + context.getTestMethod().get().getName();
            String id = context.getUniqueId();
            int invocation = id.lastIndexOf(INVOCATION);
            if (invocation >= 0) {
                test += "[" + id.substring(invocation + INVOCATION.length(), id.indexOf(']', invocation)) + "]";
            }
        }
        String defect = defects.get(test);
        return defect == null
                ? ConditionEvaluationResult.enabled("not listed in " + PROPERTY)
                : ConditionEvaluationResult.disabled("known defect on this runtime: " + defect
                        + " (pom.xml, profile wildfly, property " + PROPERTY + ")");
    }

    /** Test to defect name. */
    static Map<String, String> parse(String value) {
        Map<String, String> defects = new LinkedHashMap<>();
        for (String group : value.split(";")) {
            int colon = group.indexOf(':');
            if (group.isBlank()) {
                continue;
            }
            if (colon < 0) {
                throw new IllegalArgumentException(PROPERTY + ": a group needs a defect name and a colon: " + group);
            }
            String defect = group.substring(0, colon).trim();
            for (String test : group.substring(colon + 1).trim().split("\\s+")) {
                if (!test.isEmpty()) {
                    defects.put(test, defect);
                }
            }
        }
        return defects;
    }
}
