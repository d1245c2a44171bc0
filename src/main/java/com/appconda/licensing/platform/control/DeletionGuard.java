package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.EntityInUseException;
import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deletes an entity only if nothing depends on it, or, when the caller asks for the cascade
 * explicitly ({@code forceCascade}), together with everything that depends on it, deepest first.
 * Runs inside the caller's transaction, so a cascade is all or nothing. "In use" is derived here too.
 */
@ApplicationScoped
public class DeletionGuard {

    @Inject
    @Any
    Instance<ChildrenOf<?, ?>> dependants;

    @PersistenceContext
    EntityManager em;

    public boolean inUse(TenantEntity entity) {
        return applicable(entity).stream().anyMatch(d -> d.count(entity) > 0);
    }

    public void delete(TenantEntity entity, boolean forceCascade, String kind) {
        List<ChildrenOf<?, ?>> applicable = applicable(entity);
        if (!forceCascade) {
            String users = applicable.stream()
                    .filter(d -> d.count(entity) > 0)
                    .map(ChildrenOf::description)
                    .collect(Collectors.joining(" and "));
            if (!users.isEmpty()) {
                throw new EntityInUseException(kind, entity.getNumber(), users);
            }
        }
        for (ChildrenOf<?, ?> dependant : applicable) {
            for (TenantEntity child : dependant.children(entity)) {
                delete(child, true, kind);
            }
        }
        em.remove(entity);
        em.flush();
    }

    private List<ChildrenOf<?, ?>> applicable(TenantEntity entity) {
        return dependants.stream().filter(d -> d.appliesTo(entity)).toList();
    }
}
