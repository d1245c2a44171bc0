package com.appconda.licensing.platform.boundary;

import java.util.List;
import java.util.Objects;

/**
 * A feature's part of the console menu. Each feature that has console pages contributes its sections as an
 * {@code @ApplicationScoped} bean; {@link ConsoleMenu} merges sections of the same label and orders them by
 * position, so a new feature appears in the menu without any change here.
 */
public interface ConsoleMenuContribution {

    /** The sections this feature adds to, with its pages in the order they are listed. */
    List<Section> sections();

    /**
     * A menu section. Sections of the same label from several features merge, their pages in contribution order.
     *
     * @param position where the section goes, lower first (10 overview, 20 catalog, 30 customers, ... 90 account)
     */
    record Section(String label, int position, List<Page> pages) {

        public Section {
            Objects.requireNonNull(label, "label");
            pages = List.copyOf(pages);
        }
    }

    /**
     * One page in the menu.
     *
     * @param id      the menu item's id, stable for tests ({@code menuProducts})
     * @param icon    a PrimeIcons class ({@code pi pi-box})
     * @param outcome the view it opens ({@code /console/product/list})
     */
    record Page(String id, String label, String icon, String outcome) {}
}
