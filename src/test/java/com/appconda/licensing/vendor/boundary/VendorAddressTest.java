package com.appconda.licensing.vendor.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VendorAddressTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "owner@localhost", "owner@company.", "owner@.com", "owner@@company.com"})
    void anAddressWithoutADomainNameIsRefusedOnSignUpAndInTheProfile(String address) {
        assertThat(VALIDATOR.validate(signUp(address)))
                .extracting(ConstraintViolation::getMessage)
                .contains(VendorProfileRequest.ADDRESS_EXAMPLE);
        assertThat(VALIDATOR.validate(new VendorProfileRequest(null, address, null, null, null, null, null)))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner@company.com", "first.last+tag@mail.company.co.uk", "x@a-b.de"})
    void aCompanyAddressIsAccepted(String address) {
        assertThat(VALIDATOR.validate(signUp(address))).isEmpty();
        assertThat(VALIDATOR.validate(new VendorProfileRequest(null, address, null, null, null, null, null)))
                .isEmpty();
    }

    @Test
    void noAddressLeavesTheProfilesAsItIs() {
        assertThat(VALIDATOR.validate(new VendorProfileRequest("Name", null, null, null, null, null, null)))
                .isEmpty();
    }

    private static SignUpRequest signUp(String address) {
        return new SignUpRequest("Vendor", address, "owner", "a long password");
    }
}
