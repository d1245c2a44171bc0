package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static com.appconda.licensing.engine.control.Fixtures.invalid;
import static com.appconda.licensing.engine.control.Fixtures.quantity;
import static com.appconda.licensing.engine.control.Fixtures.row;
import static com.appconda.licensing.engine.control.Fixtures.valid;
import static com.appconda.licensing.engine.spi.WarningLevel.GREEN;
import static com.appconda.licensing.engine.spi.WarningLevel.RED;
import static com.appconda.licensing.engine.spi.WarningLevel.YELLOW;

import com.appconda.licensing.engine.spi.Effect.StoreNodeSecret;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeLockedEvaluatorTest {

    private static final ModuleRequest NODE_A = ModuleRequest.of("nodeSecret", "node-a");

    private static ModuleSnapshot predefined(LicenseSnapshot... licenses) {
        return Fixtures.module("NodeLocked", licenses);
    }

    private static ModuleSnapshot client(LicenseSnapshot... licenses) {
        return predefined(licenses).withParameter("nodeSecretMode", "CLIENT");
    }

    private static LicenseSnapshot slots(String number, long slots, String... secrets) {
        return quantity(number, slots, 0).withNodeSecrets(List.of(secrets));
    }

    static Stream<Arguments> nodeLockedCases() {
        return Stream.of(
                row(
                        "PREDEFINED accepts a secret the vendor stored",
                        predefined(slots("L1", 5, "node-a")),
                        NODE_A,
                        NOW,
                        valid(GREEN)),
                row(
                        "PREDEFINED accepts a secret entered as the license's nodeSecret property",
                        predefined(quantity("L1", 5, 0).withProperty("nodeSecret", "node-a")),
                        NODE_A,
                        NOW,
                        valid(GREEN)),
                row(
                        "PREDEFINED refuses an unknown secret and stores nothing",
                        predefined(slots("L1", 5)),
                        NODE_A,
                        NOW,
                        invalid(GREEN, NodeLockedEvaluator.UNKNOWN_NODE)),
                row(
                        "CLIENT stores an unseen secret while slots are free",
                        client(slots("L1", 2)),
                        NODE_A,
                        NOW,
                        valid(GREEN)
                                .field("nodeSlots", 2L)
                                .field("nodeSlotsUsed", 1L)
                                .field("nodeSlotsFree", 1L)
                                .effects(new StoreNodeSecret("L1", "node-a"))),
                row(
                        "CLIENT takes the last slot: exactly full with fewer than 10 is YELLOW",
                        client(slots("L1", 2, "node-b")),
                        NODE_A,
                        NOW,
                        valid(YELLOW).effects(new StoreNodeSecret("L1", "node-a"))),
                row(
                        "CLIENT refuses an unseen secret when all slots are used",
                        client(slots("L1", 2, "b", "c")),
                        NODE_A,
                        NOW,
                        invalid(YELLOW, NodeLockedEvaluator.NO_FREE_NODE_SLOT)),
                row(
                        "CLIENT full with 10 slots is RED",
                        client(slots("L1", 10, tenSecrets())),
                        NODE_A,
                        NOW,
                        invalid(RED, NodeLockedEvaluator.NO_FREE_NODE_SLOT)),
                row(
                        "CLIENT accepts a known secret without storing it again",
                        client(slots("L1", 1, "node-a")),
                        NODE_A,
                        NOW,
                        valid(YELLOW)),
                row(
                        "CLIENT stores on the next license with a free slot",
                        client(slots("L1", 1, "node-b"), slots("L2", 1)),
                        NODE_A,
                        NOW,
                        valid(YELLOW).effects(new StoreNodeSecret("L2", "node-a"))),
                row(
                        "a secret stored on an inactive license does not count",
                        predefined(slots("L0", 5, "node-a").withActive(false), slots("L1", 5)),
                        NODE_A,
                        NOW,
                        invalid(GREEN, NodeLockedEvaluator.UNKNOWN_NODE)),
                row(
                        "a licensee with no licenses is invalid",
                        client(),
                        NODE_A,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "a missing nodeSecret is answered, not dropped",
                        client(slots("L1", 1)),
                        ModuleRequest.empty(),
                        NOW,
                        invalid(RED, Verdicts.MISSING_PARAMETER)),
                row(
                        "the license's copied slots win over a template changed after issue",
                        client(slots("L1", 1, "node-b")).withTemplates(Fixtures.quantityTemplate(10)),
                        NODE_A,
                        NOW,
                        invalid(YELLOW, NodeLockedEvaluator.NO_FREE_NODE_SLOT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeLockedCases")
    void nodeLockedAdmitsOnlyRegisteredNodes(Fixtures.Case row) {
        Fixtures.check(new NodeLockedEvaluator(), row);
    }

    private static String[] tenSecrets() {
        return IntStream.range(0, 10).mapToObj(i -> "n" + i).toArray(String[]::new);
    }
}
