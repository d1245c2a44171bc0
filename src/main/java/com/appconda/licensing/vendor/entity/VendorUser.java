package com.appconda.licensing.vendor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in for a vendor. Usernames are unique across the server (they are what the
 * login form and HTTP Basic carry); the password is kept only as a salted PBKDF2 hash.
 */
@Entity
@Table(name = "vendor_user")
public class VendorUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_user_seq")
    @SequenceGenerator(name = "vendor_user_seq", sequenceName = "vendor_user_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(nullable = false, unique = true, updatable = false, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    protected VendorUser() {}

    public VendorUser(long vendorId, String username, String passwordHash) {
        this.vendorId = vendorId;
        this.username = username;
        this.passwordHash = passwordHash;
    }

    public long getVendorId() {
        return vendorId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
