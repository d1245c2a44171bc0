package com.appconda.licensing.shop.entity;

/** What caused a transaction: a shop purchase, or one of NetLicensing's automatic changes. */
public enum TransactionSource {
    SHOP,
    AUTO_LICENSE_CREATE,
    AUTO_LICENSE_UPDATE,
    AUTO_LICENSE_DELETE,
    AUTO_LICENSEE_CREATE,
    AUTO_LICENSEE_DELETE,
    AUTO_LICENSEE_VALIDATE,
    AUTO_LICENSETEMPLATE_DELETE,
    AUTO_PRODUCTMODULE_DELETE,
    AUTO_PRODUCT_DELETE,
    AUTO_LICENSES_TRANSFER,
    SUBSCRIPTION_UPDATE,
    CANCEL_RECURRING_PAYMENT
}
