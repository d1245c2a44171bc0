package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * One kind of dependant: the children of type {@code C} that point to a parent of type {@code P}
 * through {@code parentField}. Each feature declares the dependants it owns as a tiny subclass, so a
 * feature never has to know which other features depend on its entities: the {@link DeletionGuard}
 * finds them all. This keeps the dependencies between features pointing one way.
 */
public abstract class ChildrenOf<P extends TenantEntity, C extends TenantEntity> {

    @PersistenceContext
    EntityManager em;

    private final Class<P> parentType;
    private final Class<C> childType;
    private final String parentField;
    private final String description;

    protected ChildrenOf(Class<P> parentType, Class<C> childType, String parentField, String description) {
        this.parentType = parentType;
        this.childType = childType;
        this.parentField = parentField;
        this.description = description;
    }

    public boolean appliesTo(TenantEntity parent) {
        return parentType.isInstance(parent);
    }

    /** Plural name for messages, e.g. "licenses". */
    public String description() {
        return description;
    }

    public long count(TenantEntity parent) {
        return em.createQuery(
                        "select count(c) from " + childType.getSimpleName() + " c where c." + parentField
                                + " = :parent",
                        Long.class)
                .setParameter("parent", parent)
                .getSingleResult();
    }

    public List<C> children(TenantEntity parent) {
        return em.createQuery(
                        "select c from " + childType.getSimpleName() + " c where c." + parentField + " = :parent",
                        childType)
                .setParameter("parent", parent)
                .getResultList();
    }
}
