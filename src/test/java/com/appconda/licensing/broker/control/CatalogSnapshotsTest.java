package com.appconda.licensing.broker.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.catalog.entity.CatalogChanged;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CatalogSnapshotsTest {

    private static final long VENDOR = 1;
    private static final long OTHER_VENDOR = 2;

    private final CatalogSnapshots snapshots = new CatalogSnapshots();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aProductIsReadOnceAndThenServedFromMemory() {
        CatalogSnapshot first = snapshots.of(VENDOR, 10, this::read);
        CatalogSnapshot second = snapshots.of(VENDOR, 10, this::read);

        assertThat(second).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aChangeOfTheVendorsCatalogIsReadAgainByTheNextValidation() {
        snapshots.of(VENDOR, 10, this::read);

        snapshots.onCatalogChanged(new CatalogChanged(VENDOR));
        CatalogSnapshot after = snapshots.of(VENDOR, 10, this::read);

        assertThat(reads).hasValue(2);
        assertThat(after.modules().get(0).moduleName()).isEqualTo("read 2");
    }

    @Test
    void anotherVendorsChangeKeepsTheSnapshot() {
        snapshots.of(VENDOR, 10, this::read);

        snapshots.onCatalogChanged(new CatalogChanged(OTHER_VENDOR));
        snapshots.of(VENDOR, 10, this::read);

        assertThat(reads).hasValue(1);
    }

    @Test
    void aSnapshotReadWhileAChangeCommittedIsAnsweredButNotKept() {
        CatalogSnapshot during = snapshots.of(VENDOR, 10, () -> {
            CatalogSnapshot old = read();
            snapshots.onCatalogChanged(new CatalogChanged(VENDOR));
            return old;
        });
        CatalogSnapshot next = snapshots.of(VENDOR, 10, this::read);

        assertThat(next).isNotSameAs(during);
        assertThat(reads).hasValue(2);
    }

    @Test
    void licensesJoinTheirTemplatesModuleInTheOrderGivenAndOthersAreLeftOut() {
        ModuleSnapshot a = ModuleSnapshot.of("MA", "Subscription");
        ModuleSnapshot b = ModuleSnapshot.of("MB", "PayPerUse");
        CatalogSnapshot catalog = new CatalogSnapshot(List.of(a, b), Map.of(100L, 0, 200L, 1, 201L, 1), Map.of());

        List<ModuleSnapshot> joined = catalog.withLicenses(
                List.of(held(201, "L1"), held(100, "L2"), held(999, "L-of-another-product"), held(200, "L3")));

        assertThat(joined).extracting(ModuleSnapshot::moduleNumber).containsExactly("MA", "MB");
        assertThat(joined.get(0).licenses()).extracting(l -> l.licenseNumber()).containsExactly("L2");
        assertThat(joined.get(1).licenses()).extracting(l -> l.licenseNumber()).containsExactly("L1", "L3");
        assertThat(catalog.modules()).allSatisfy(m -> assertThat(m.licenses()).isEmpty());
    }

    private static CatalogSnapshot.HeldLicense held(long templateId, String number) {
        return new CatalogSnapshot.HeldLicense(templateId, LicenseSnapshot.of(number, "T", LicenseType.FEATURE));
    }

    private CatalogSnapshot read() {
        int read = reads.incrementAndGet();
        return new CatalogSnapshot(
                List.of(new ModuleSnapshot("M", "read " + read, "Subscription", Map.of(), List.of(), List.of())),
                Map.of(),
                Map.of());
    }
}
