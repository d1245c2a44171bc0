package com.appconda.licensing.components;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/** {@code Instance<T>} over the component world's instances of every bean of {@code T}: iterable, nothing more. */
final class BeansOf<T> implements Instance<T> {

    private final List<T> beans;

    @SuppressWarnings("unchecked")
    BeansOf(List<?> beans) {
        this.beans = (List<T>) List.copyOf(beans);
    }

    @Override
    public Iterator<T> iterator() {
        return beans.iterator();
    }

    @Override
    public T get() {
        if (beans.size() != 1) {
            throw new IllegalStateException(beans.size() + " beans, not one");
        }
        return beans.get(0);
    }

    @Override
    public Instance<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        return new BeansOf<>(beans.stream().filter(subtype::isInstance).toList());
    }

    @Override
    public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("type literals are not used");
    }

    @Override
    public boolean isUnsatisfied() {
        return beans.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
        return beans.size() > 1;
    }

    @Override
    public void destroy(T instance) {}

    @Override
    public Handle<T> getHandle() {
        throw new UnsupportedOperationException("handles are not used");
    }

    @Override
    public Iterable<? extends Handle<T>> handles() {
        throw new UnsupportedOperationException("handles are not used");
    }
}
