package com.appconda.licensing.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The console's menu, one section per area a vendor works in, made of what the features contribute
 * ({@link ConsoleMenuContribution}): this class names no feature and no page.
 */
@Named
@ApplicationScoped
public class ConsoleMenu {

    @Inject
    @Any
    Instance<ConsoleMenuContribution> contributions;

    private MenuModel model;

    @PostConstruct
    void build() {
        model = new DefaultMenuModel();
        merged(contributions.stream().toList())
                .forEach(section -> model.getElements().add(submenu(section)));
    }

    public MenuModel getModel() {
        return model;
    }

    /** Sections of the same label merged (first position wins), ordered by position and then by label. */
    static List<ConsoleMenuContribution.Section> merged(List<ConsoleMenuContribution> contributions) {
        Map<String, ConsoleMenuContribution.Section> byLabel = new LinkedHashMap<>();
        contributions.stream()
                .flatMap(contribution -> contribution.sections().stream())
                .forEach(section -> byLabel.merge(section.label(), section, (first, more) -> {
                    List<ConsoleMenuContribution.Page> pages = new ArrayList<>(first.pages());
                    pages.addAll(more.pages());
                    return new ConsoleMenuContribution.Section(first.label(), first.position(), pages);
                }));
        return byLabel.values().stream()
                .sorted(Comparator.comparingInt(ConsoleMenuContribution.Section::position)
                        .thenComparing(ConsoleMenuContribution.Section::label))
                .toList();
    }

    private static DefaultSubMenu submenu(ConsoleMenuContribution.Section section) {
        DefaultSubMenu submenu = DefaultSubMenu.builder()
                .id("section" + section.label().replaceAll("[^A-Za-z0-9]", ""))
                .label(section.label())
                .build();
        for (ConsoleMenuContribution.Page page : section.pages()) {
            submenu.getElements()
                    .add(DefaultMenuItem.builder()
                            .id(page.id())
                            .value(page.label())
                            .icon(page.icon())
                            .outcome(page.outcome())
                            .build());
        }
        return submenu;
    }
}
