package com.appconda.licensing.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.report.entity.DailyFact;
import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.LicenseeDay;
import com.appconda.licensing.report.entity.UsageGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageAggregatorTest {

    static final LocalDate DAY = LocalDate.parse("2026-12-01");
    static final FactKey FLOAT = new FactKey("P-1", "M-FLOAT", "C-1");
    static final FactKey QUOTA = new FactKey("P-1", "M-QUOTA", "C-1");

    @Test
    void everyAnswerCountsOnceAndConsumptionIsSummed() {
        DailyFact fact = only(UsageAggregator.facts(day(
                quota("2026-12-01T08:00:00Z", true, 3),
                quota("2026-12-01T09:00:00Z", true, 2),
                quota("2026-12-01T10:00:00Z", false, 0))));

        assertThat(fact.key()).isEqualTo(QUOTA);
        assertThat(fact.validations()).isEqualTo(3);
        assertThat(fact.validAnswers()).isEqualTo(2);
        assertThat(fact.invalidAnswers()).isEqualTo(1);
        assertThat(fact.consumed()).isEqualTo(5);
        assertThat(fact.peakInUse()).as("a quota holds nothing").isNull();
        assertThat(fact.licensingModel()).isEqualTo("Quota");
    }

    @Test
    void eachModuleGetsAFactOfItsOwn() {
        List<DailyFact> facts = UsageAggregator.facts(
                day(quota("2026-12-01T08:00:00Z", true, 1), floating("2026-12-01T08:00:01Z", "s1", true, 1L, 5L)));

        assertThat(facts).extracting(DailyFact::key).containsExactly(QUOTA, FLOAT);
    }

    @Test
    void theFloatingPeakIsTheMostSeatsAnyAnswerLeftHeld() {
        DailyFact fact = only(UsageAggregator.facts(day(
                floating("2026-12-01T08:00:00Z", "s1", true, 1L, 3L),
                floating("2026-12-01T08:01:00Z", "s2", true, 2L, 3L),
                floating("2026-12-01T08:02:00Z", "s3", true, 3L, 3L),
                floating("2026-12-01T08:03:00Z", "s4", false, 3L, 3L),
                floating("2026-12-01T09:00:00Z", "s1", true, 2L, 3L))));

        assertThat(fact.peakInUse()).isEqualTo(3);
        assertThat(fact.allowed()).isEqualTo(3);
        assertThat(fact.refusedCheckouts()).isEqualTo(1);
        assertThat(fact.sessions()).isEqualTo(4);
    }

    @Test
    void seatsHeldAcrossMidnightCountOnTheNextDaysPeak() {
        LicenseeDay nextDay = new LicenseeDay(
                DAY, 1L, "C-1", List.of(floating("2026-12-01T00:10:00Z", "s1", true, 2L, 5L)), Map.of(FLOAT, 4L));

        assertThat(only(UsageAggregator.facts(nextDay)).peakInUse())
                .as("four seats were held at midnight; the first answer of the day left two")
                .isEqualTo(4);
    }

    @Test
    void whatWasHeldAtMidnightIsNoPeakForAModuleNotUsedThatDay() {
        LicenseeDay day =
                new LicenseeDay(DAY, 1L, "C-1", List.of(quota("2026-12-01T10:00:00Z", true, 1)), Map.of(FLOAT, 4L));

        assertThat(UsageAggregator.facts(day)).extracting(DailyFact::key).containsExactly(QUOTA);
    }

    @Test
    void aLicenseeDeletedDuringTheDayKeepsTheDaysFacts() {
        // Events carry the licensee's number, not its row: deleting the licensee at noon removes no event.
        DailyFact fact = only(UsageAggregator.facts(day(
                quota("2026-12-01T09:00:00Z", true, 1),
                quota("2026-12-01T11:59:59Z", true, 1),
                quota("2026-12-01T12:00:01Z", false, 0))));

        assertThat(fact.key().licenseeNumber()).isEqualTo("C-1");
        assertThat(fact.validations()).isEqualTo(3);
        assertThat(fact.invalidAnswers())
                .as("after the deletion the licensee is unknown")
                .isEqualTo(1);
    }

    @Test
    void nodesAreCountedOncePerMachineAndUnlimitedSlotsStayUnlimited() {
        FactKey nodeLocked = new FactKey("P-1", "M-NODE", "C-1");
        DailyFact fact = only(UsageAggregator.facts(day(
                node("2026-12-01T08:00:00Z", "aaaa", 1L, 2L),
                node("2026-12-01T09:00:00Z", "bbbb", 2L, 2L),
                node("2026-12-01T10:00:00Z", "aaaa", 2L, -1L),
                node("2026-12-01T11:00:00Z", "cccc", 3L, 2L))));

        assertThat(fact.key()).isEqualTo(nodeLocked);
        assertThat(fact.nodes()).isEqualTo(3);
        assertThat(fact.allowed()).isEqualTo(-1);
        assertThat(fact.peakInUse()).isEqualTo(3);
        assertThat(fact.refusedCheckouts()).as("no session named").isZero();
    }

    @Test
    void theDaysLastModelNamesTheFactWhateverTheOrderOfTheGroups() {
        UsageGroup before = quota("2026-12-01T08:00:00Z", true, 1);
        UsageGroup after = new UsageGroup(
                "P-1",
                "M-QUOTA",
                "C-1",
                "PayPerUse",
                true,
                null,
                null,
                false,
                Instant.parse("2026-12-01T09:00:00Z"),
                1,
                1,
                null,
                null,
                null,
                null,
                null);

        assertThat(only(UsageAggregator.facts(day(after, before))).licensingModel())
                .isEqualTo("PayPerUse");
    }

    @Test
    void groupsOfManyAnswersAddUpAsTheirAnswersWould() {
        UsageGroup refusedTwice = new UsageGroup(
                "P-1",
                "M-FLOAT",
                "C-1",
                "Floating",
                false,
                "s9",
                null,
                true,
                Instant.parse("2026-12-01T10:00:00Z"),
                2,
                0,
                3L,
                3L,
                3L,
                null,
                null);
        UsageGroup heldByOneSession = new UsageGroup(
                "P-1",
                "M-FLOAT",
                "C-1",
                "Floating",
                true,
                "s1",
                null,
                true,
                Instant.parse("2026-12-01T09:00:00Z"),
                5,
                0,
                3L,
                3L,
                4L,
                null,
                null);

        DailyFact fact = only(UsageAggregator.facts(day(refusedTwice, heldByOneSession)));

        assertThat(fact.validations()).isEqualTo(7);
        assertThat(fact.validAnswers()).isEqualTo(5);
        assertThat(fact.refusedCheckouts()).isEqualTo(2);
        assertThat(fact.sessions()).isEqualTo(2);
        assertThat(fact.allowed()).as("the most seats any answer said").isEqualTo(4);
        assertThat(fact.peakInUse()).isEqualTo(3);
    }

    @Test
    void anUnlimitedAnswerAmongLimitedOnesInOneGroupMakesTheFactUnlimited() {
        UsageGroup mixed = new UsageGroup(
                "P-1",
                "M-NODE",
                "C-1",
                "NodeLocked",
                true,
                null,
                "aaaa",
                true,
                Instant.parse("2026-12-01T10:00:00Z"),
                3,
                0,
                1L,
                -1L,
                5L,
                null,
                null);

        assertThat(only(UsageAggregator.facts(day(mixed))).allowed()).isEqualTo(-1);
    }

    @Test
    void whatWasHeldAtMidnightIsNoPeakForAModuleWhoseAnswersHoldNothing() {
        LicenseeDay day =
                new LicenseeDay(DAY, 1L, "C-1", List.of(quota("2026-12-01T10:00:00Z", true, 1)), Map.of(QUOTA, 4L));

        assertThat(only(UsageAggregator.facts(day)).peakInUse()).isNull();
    }

    @Test
    void unitsLeftAreTheFewestOfTheDayAndUnlimitedWins() {
        UsageGroup morning = credits("2026-12-01T08:00:00Z", 3, 97L, 99L);
        UsageGroup evening = credits("2026-12-01T20:00:00Z", 2, 95L, 96L);
        UsageGroup toppedUpUnlimited = credits("2026-12-01T21:00:00Z", 1, 94L, -1L);

        assertThat(only(UsageAggregator.facts(day(evening, morning))).unitsLeft())
                .isEqualTo(95);
        assertThat(only(UsageAggregator.facts(day(morning, toppedUpUnlimited))).unitsLeft())
                .isEqualTo(-1);
        assertThat(only(UsageAggregator.facts(day(quota("2026-12-01T08:00:00Z", true, 1))))
                        .unitsLeft())
                .as("an answer that says nothing of units")
                .isNull();
    }

    private static DailyFact only(List<DailyFact> facts) {
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    static LicenseeDay day(UsageGroup... groups) {
        return new LicenseeDay(DAY, 1L, "C-1", List.of(groups), Map.of());
    }

    /** One answer as the group of one that the job reads it as. */
    static UsageGroup answer(
            String at,
            String module,
            String model,
            boolean valid,
            long consumed,
            String session,
            Long held,
            Long allowed,
            String nodeKey) {
        return new UsageGroup(
                "P-1",
                module,
                "C-1",
                model,
                valid,
                session,
                nodeKey,
                held != null,
                Instant.parse(at),
                1,
                consumed,
                held,
                allowed,
                allowed,
                null,
                null);
    }

    /** Pay-per-use answers that consumed one unit each and said the units left were fewest to most. */
    static UsageGroup credits(String at, long answers, Long fewest, Long most) {
        return new UsageGroup(
                "P-1",
                "M-PPU",
                "C-1",
                "PayPerUse",
                true,
                null,
                null,
                false,
                Instant.parse(at),
                answers,
                answers,
                null,
                null,
                null,
                fewest,
                most);
    }

    static UsageGroup quota(String at, boolean valid, long consumed) {
        return answer(at, "M-QUOTA", "Quota", valid, consumed, null, null, null, null);
    }

    static UsageGroup floating(String at, String session, boolean valid, Long held, Long seats) {
        return answer(at, "M-FLOAT", "Floating", valid, 0, session, held, seats, null);
    }

    static UsageGroup node(String at, String nodeKey, Long used, Long slots) {
        return answer(at, "M-NODE", "NodeLocked", true, 0, null, used, slots, nodeKey);
    }
}
