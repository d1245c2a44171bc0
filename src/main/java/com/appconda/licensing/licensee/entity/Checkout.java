package com.appconda.licensing.licensee.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A floating seat held by a session until {@code expiresAt}. An expired checkout is a free seat:
 * no job has to clean it up for the seat to come back, and the next checkout of any session reuses it.
 */
@Entity
@Table(name = "checkout")
public class Checkout {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "state_seq")
    @SequenceGenerator(name = "state_seq", sequenceName = "state_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Column(name = "session_id", nullable = false, length = 200)
    private String sessionId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Checkout() {}

    public Checkout(License license, String sessionId, Instant expiresAt) {
        this.license = license;
        this.sessionId = sessionId;
        this.expiresAt = expiresAt;
    }

    public License getLicense() {
        return license;
    }

    public String getSessionId() {
        return sessionId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void extendTo(Instant newExpiry) {
        this.expiresAt = newExpiry;
    }
}
