package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.licensee.control.LicenseeAliases;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.payment.entity.PaymentTransactionProcessed;
import com.appconda.licensing.payment.entity.TransactionStatus;
import com.appconda.licensing.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Gives a licensee the e-mail address its buyer paid with as an alias, once the sale has committed and in a
 * transaction of its own: an address another licensee took meanwhile, or a console edit of the licensee at the same
 * moment, then costs the alias, never the sale. The address is the buyer's own word, first come first served; the
 * vendor sees and edits aliases on the licensee's page.
 */
@Stateless
public class BuyerAliases {

    private static final Logger LOG = Logger.getLogger(BuyerAliases.class.getName());

    @Inject
    TenantStore store;

    @Inject
    LicenseeAliases aliases;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterSale(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentTransactionProcessed sale) {
        if (sale.status() != TransactionStatus.CLOSED || sale.refunded() || sale.buyerEmail() == null) {
            return;
        }
        store.find(Licensee.class, sale.vendorId(), sale.licenseeNumber()).ifPresent(licensee -> {
            if (!aliases.addIfFree(licensee, sale.buyerEmail())) {
                LOG.fine(() -> "buyer e-mail of " + sale.transactionNumber() + " not added as an alias: taken");
            }
            store.flush();
        });
    }
}
