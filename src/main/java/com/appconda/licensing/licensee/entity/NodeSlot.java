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

/** A machine bound to a node-locked license by its node secret (fingerprint). */
@Entity
@Table(name = "node_slot")
public class NodeSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "state_seq")
    @SequenceGenerator(name = "state_seq", sequenceName = "state_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;

    protected NodeSlot() {}

    public NodeSlot(License license, String secret, Instant boundAt) {
        this.license = license;
        this.secret = secret;
        this.boundAt = boundAt;
    }

    public License getLicense() {
        return license;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getBoundAt() {
        return boundAt;
    }
}
