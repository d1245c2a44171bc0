package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.vendor.control.SigningKeys;

/** Signs content with the answering vendor's current key, as of the answer's issue time. */
@FunctionalInterface
public interface AnswerSigning {

    SigningKeys.Signed sign(byte[] content);
}
