package com.appconda.licensing.vendor.entity;

/** NetLicensing's token types. Only API keys are issued so far; shop and action tokens come with the shop. */
public enum TokenType {
    DEFAULT,
    APIKEY,
    SHOP,
    ACTION
}
