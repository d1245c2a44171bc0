package com.appconda.licensing.components;

import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.entity.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The facades and stores of the real code, wired together without a server, over one H2 database
 * ({@link TestDatabase}): every {@code @Inject} field gets one shared instance of its type (created on first use,
 * its own fields filled the same way), every {@code @PersistenceContext} the world's entity manager, every
 * {@code @ConfigProperty} its value from the application's {@code microprofile-config.properties} or else its
 * default (or what {@link #withConfig} set), every {@code Instance<T>} the world's instances of the application's
 * {@code T} beans ({@link BeanClasses}), every {@code Event} a recorder whose events the test can read. What a
 * container adds around calls (transactions, the role interceptor) this world does explicitly: {@link #call}
 * runs one facade call as one transaction, as the container would, and rolls it back when it throws.
 */
public final class Components {

    /** The application's own configuration file, which MicroProfile Config reads below system properties. */
    private static final Properties APPLICATION_CONFIG = applicationConfig();

    private final EntityManager em;
    private final Clock clock;
    private final Map<Class<?>, Object> instances = new HashMap<>();
    private final Map<Type, RecordedEvents<?>> events = new HashMap<>();
    private final Map<String, String> config = new HashMap<>();

    public Components(TestDatabase database, Clock clock) {
        this.em = database.entityManager();
        this.clock = clock;
        instances.put(Clock.class, clock);
    }

    /** The one instance of {@code type} in this world. */
    public synchronized <T> T get(Class<T> type) {
        Object existing = instances.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        Class<?> implementation = type.isInterface() ? soleImplementation(type) : type;
        T created = type.cast(instantiate(implementation));
        instances.put(type, created);
        inject(created);
        postConstruct(created);
        return created;
    }

    /** Replaces the instance of a type, for a collaborator the test controls. */
    public synchronized <T> Components with(Class<T> type, T instance) {
        instances.put(type, instance);
        return this;
    }

    /** Like {@link #with}, but the instance's fields are filled as for one the world creates (a spy, a subclass). */
    public synchronized <T> Components withInjected(Class<T> type, T instance) {
        instances.put(type, instance);
        inject(instance);
        postConstruct(instance);
        return this;
    }

    /** Sets a MicroProfile Config value for the beans created from now on (others get their defaults). */
    public Components withConfig(String name, String value) {
        config.put(name, value);
        return this;
    }

    /** Makes {@code caller} the authenticated caller of every following call, as the API filter would. */
    public Components actingAs(Caller caller) {
        get(CurrentCaller.class).set(caller);
        return this;
    }

    /** One facade call in one transaction: committed when it returns, rolled back (nothing written) when it throws. */
    public <T> T call(Supplier<T> call) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = call.get();
            em.flush();
            transaction.commit();
            return result;
        } catch (RuntimeException failure) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw failure;
        } finally {
            em.clear();
        }
    }

    public void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    /** The events of this type fired so far. */
    @SuppressWarnings("unchecked")
    public <T> List<T> fired(Class<T> type) {
        RecordedEvents<?> recorded = events.get(type);
        return recorded == null ? List.of() : List.copyOf((List<T>) recorded.fired);
    }

    public EntityManager entityManager() {
        return em;
    }

    public Clock clock() {
        return clock;
    }

    private static Properties applicationConfig() {
        Properties properties = new Properties();
        try (InputStream file =
                Components.class.getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            if (file != null) {
                properties.load(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The one bean class that implements an interface, as CDI would resolve an injection of it. */
    private static Class<?> soleImplementation(Class<?> type) {
        List<Class<?>> implementations = BeanClasses.assignableTo(type);
        if (implementations.size() != 1) {
            throw new IllegalStateException(type.getName() + " has " + implementations.size() + " bean classes");
        }
        return implementations.get(0);
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName() + " for the component world", e);
        }
    }

    private static void postConstruct(Object target) {
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PostConstruct.class)) {
                    try {
                        method.setAccessible(true);
                        method.invoke(target);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("@PostConstruct of " + type.getName() + " failed", e);
                    }
                }
            }
        }
    }

    private void inject(Object target) {
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = valueFor(field);
                if (value != null) {
                    set(target, field, value);
                }
            }
        }
    }

    private Object valueFor(Field field) {
        if (field.isAnnotationPresent(PersistenceContext.class)) {
            return em;
        }
        ConfigProperty property = field.getAnnotation(ConfigProperty.class);
        if (property != null) {
            String text = config.getOrDefault(
                    property.name(), APPLICATION_CONFIG.getProperty(property.name(), property.defaultValue()));
            text = ConfigProperty.UNCONFIGURED_VALUE.equals(text) ? null : text;
            return field.getType() == Optional.class ? Optional.ofNullable(text) : configValue(field.getType(), text);
        }
        if (!field.isAnnotationPresent(Inject.class)) {
            return null;
        }
        if (field.getType() == Instance.class) {
            Type beanType = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            Class<?> raw = (Class<?>) (beanType instanceof ParameterizedType p ? p.getRawType() : beanType);
            return new BeansOf<>(
                    BeanClasses.assignableTo(raw).stream().map(this::get).toList());
        }
        if (field.getType() == Event.class) {
            Type eventType = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            return events.computeIfAbsent(eventType, t -> new RecordedEvents<>(this::deliver));
        }
        return get(field.getType());
    }

    private static Object configValue(Class<?> type, String text) {
        if (type == long.class || type == Long.class) {
            return Long.parseLong(text);
        }
        if (type == int.class || type == Integer.class) {
            return Integer.parseInt(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }

    private static void set(Object target, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set " + field, e);
        }
    }

    /**
     * Calls every observer of the event among the instances of this world, at once: this world has no transactions
     * to wait for, as a container calls an observer of a transaction phase at once when no transaction is active.
     */
    private synchronized void deliver(Object event) {
        for (Object instance : List.copyOf(instances.values())) {
            for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (observes(method, event)) {
                        invoke(instance, method, event);
                    }
                }
            }
        }
    }

    private static boolean observes(Method method, Object event) {
        return method.getParameterCount() == 1
                && method.getParameters()[0].isAnnotationPresent(Observes.class)
                && method.getParameterTypes()[0].isInstance(event);
    }

    private static void invoke(Object instance, Method method, Object event) {
        try {
            method.setAccessible(true);
            method.invoke(instance, event);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An {@code Event} that keeps what is fired, for the test to read, and hands it to this world's observers. */
    private static final class RecordedEvents<T> implements Event<T> {
        private final List<T> fired = new ArrayList<>();
        private final Consumer<Object> observers;

        RecordedEvents(Consumer<Object> observers) {
            this.observers = observers;
        }

        @Override
        public void fire(T event) {
            fired.add(event);
            observers.accept(event);
        }

        @Override
        public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException("asynchronous events are not used");
        }

        @Override
        public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(
                U event, jakarta.enterprise.event.NotificationOptions options) {
            throw new UnsupportedOperationException("asynchronous events are not used");
        }

        @Override
        public Event<T> select(java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException("qualified events are not used");
        }

        @Override
        public <U extends T> Event<U> select(
                jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException("qualified events are not used");
        }
    }
}
