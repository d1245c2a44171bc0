package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.DuplicateNumberException;
import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.ListFilter;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import com.appconda.licensing.platform.entity.TenantEntity;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queries every vendor-owned entity shares. Every one of them is scoped by the vendor id, so a
 * number of another vendor is simply not found: tenant isolation does not depend on each caller
 * remembering a where-clause.
 */
@ApplicationScoped
public class TenantStore {

    @PersistenceContext
    EntityManager em;

    public <E extends TenantEntity> Optional<E> find(Class<E> type, long vendorId, String number) {
        if (!Fields.storable(number)) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select e from " + type.getSimpleName()
                                + " e where e.vendorId = :vendor and e.number = :number",
                        type)
                .setParameter("vendor", vendorId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** Like {@link #find}, but refuses with the entity's name when it does not exist for this vendor. */
    public <E extends TenantEntity> E require(Class<E> type, long vendorId, String number) {
        return find(type, vendorId, number).orElseThrow(() -> new UnknownEntityException(EntityNames.of(type), number));
    }

    /**
     * Resolves a number that a request body refers to (the product of a new module, say). A missing
     * one is the request's fault, so it answers 400 naming the field, exactly as for another vendor's.
     */
    public <E extends TenantEntity> E requireReference(Class<E> type, long vendorId, String number, String field) {
        return find(type, vendorId, number)
                .orElseThrow(() ->
                        new InvalidInputException(field, "no " + EntityNames.of(type) + " '" + number + "' exists"));
    }

    /**
     * Write-locks the entity's row (SELECT ... FOR UPDATE) for changes that must not interleave, such
     * as taking seats or writing off quantities, and returns it freshly read: the persistence context
     * is cleared first, so everything read afterwards is the state committed before the lock was granted.
     * Call it before changing anything in the transaction.
     */
    public <E extends TenantEntity> E lockFresh(Class<E> type, E entity) {
        em.flush();
        em.clear();
        return em.find(type, entity.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    /** The number a new entity gets: the caller's, refused while another has it, or one generated with the prefix. */
    public String numberForNew(Class<? extends TenantEntity> type, long vendorId, String requested, char prefix) {
        String number = requested == null ? EntityNumber.generate(prefix) : requested;
        requireFree(type, vendorId, number);
        return number;
    }

    /** Refuses (409, naming the number) a number that another entity of the type already has. */
    public void requireFree(Class<? extends TenantEntity> type, long vendorId, String number) {
        if (exists(type, vendorId, number)) {
            throw new DuplicateNumberException(EntityNames.of(type), number);
        }
    }

    public boolean exists(Class<? extends TenantEntity> type, long vendorId, String number) {
        if (!Fields.storable(number)) {
            return false;
        }
        return em.createQuery(
                                "select count(e) from " + type.getSimpleName()
                                        + " e where e.vendorId = :vendor and e.number = :number",
                                Long.class)
                        .setParameter("vendor", vendorId)
                        .setParameter("number", number)
                        .getSingleResult()
                > 0;
    }

    public <E extends TenantEntity> Page<E> page(
            Class<E> type, long vendorId, ListFilter filter, PageRequest request, Map<String, String> sortPaths) {
        boolean matchesNothing = filter.conditions().stream()
                .anyMatch(condition -> condition.value() instanceof String text && !Fields.storable(text));
        if (matchesNothing) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        String where = whereClause(filter);
        String path = request.sortPath(sortPaths);
        String direction = request.descending() ? " desc" : " asc";
        // In number order (the default) the order is exactly the unique (vendor, number) index's: the database
        // reads one page from it instead of sorting all of the vendor's rows. Numbers are unique per vendor, so
        // no tie-breaker is needed; other orders break ties by id so that pages never overlap.
        String order = path.equals("number")
                ? " order by e.vendorId" + direction + ", e.number" + direction
                : " order by e." + path + direction + ", e.id asc";
        TypedQuery<E> items = em.createQuery("select e from " + type.getSimpleName() + " e" + where + order, type);
        TypedQuery<Long> count =
                em.createQuery("select count(e) from " + type.getSimpleName() + " e" + where, Long.class);
        bind(items, vendorId, filter);
        bind(count, vendorId, filter);
        List<E> list = request.isBeyondReach()
                ? List.of()
                : items.setFirstResult(request.firstResult())
                        .setMaxResults(request.size())
                        .getResultList();
        return new Page<>(list, request.page(), request.size(), count.getSingleResult());
    }

    public void persist(TenantEntity entity) {
        em.persist(entity);
    }

    public void remove(TenantEntity entity) {
        em.remove(entity);
    }

    /** Pushes pending changes now, so that version conflicts and constraint failures surface inside the facade. */
    public void flush() {
        em.flush();
    }

    /**
     * The conditions in JPQL. A contains- or prefix-filter is LIKE with a caller's '%', '_' and '\\' escaped by a backslash,
     * so they match literally. The two providers need that said differently: EclipseLink must not see an ESCAPE
     * clause (with one it writes every value of the query into the SQL instead of binding it, booleans as 0/1,
     * which the databases refuse), and needs none, since H2 and PostgreSQL escape with a backslash by default;
     * Hibernate renders {@code escape ''} unless told, so it gets an explicit {@code escape '\\'}.
     */
    private String whereClause(ListFilter filter) {
        StringBuilder where = new StringBuilder(" where e.vendorId = :vendor");
        String escape = explicitLikeEscape() ? " escape '\\'" : "";
        List<ListFilter.Condition> conditions = filter.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            ListFilter.Condition condition = conditions.get(i);
            String path = "e." + condition.path();
            where.append(" and ")
                    .append(
                            switch (condition.operator()) {
                                case EQUALS -> path + " = :p" + i;
                                case CONTAINS_IGNORE_CASE, STARTS_WITH_IGNORE_CASE ->
                                    "lower(" + path + ") like :p" + i + escape;
                            });
        }
        return where.toString();
    }

    /** Whether LIKE needs its escape character named: everywhere but on EclipseLink (see {@link #whereClause}). */
    private boolean explicitLikeEscape() {
        return !em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence.");
    }

    private static void bind(TypedQuery<?> query, long vendorId, ListFilter filter) {
        query.setParameter("vendor", vendorId);
        List<ListFilter.Condition> conditions = filter.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            ListFilter.Condition condition = conditions.get(i);
            query.setParameter(
                    "p" + i,
                    switch (condition.operator()) {
                        case EQUALS -> condition.value();
                        case CONTAINS_IGNORE_CASE -> "%" + escapeLike((String) condition.value()) + "%";
                        case STARTS_WITH_IGNORE_CASE -> escapeLike((String) condition.value()) + "%";
                    });
        }
    }

    /** A caller's '%', '_' and backslash are matched literally, not as wildcards. */
    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
