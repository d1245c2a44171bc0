package com.appconda.licensing.catalog.entity;

/** Whether validation must prove the licensee's identity with a secret, and who sets it (NetLicensing's modes). */
public enum LicenseeSecretMode {
    DISABLED,
    PREDEFINED,
    CLIENT
}
